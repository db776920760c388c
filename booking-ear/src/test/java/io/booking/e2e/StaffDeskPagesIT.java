package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff desk in the browser, at phone size. Check-ins and walk-ins happen at a restaurant
 * opened for the test where it is morning (so today has tables at any hour), by its own staff
 * member; the demo "staff" account of Jade Garden shows the Chinese desk and the refusals. Each
 * test books what it checks in through the API, for a fresh customer.
 */
class StaffDeskPagesIT {

  private static final String JADE = "Jade Garden Dumpling House";

  /** A restaurant where it is morning, with its own staff member: today has tables at any hour. */
  private static MorningVenue door;

  @BeforeAll
  static void openTheDoor() {
    door = MorningVenue.open();
  }

  private static void typeCode(Browser b, String code) {
    b.type("#desk\\:code", code);
    b.clickable("#desk\\:checkIn").click();
  }

  private static String rowStatus(Browser b, String code) {
    return b.find("article.desk-row[data-code='" + code + "'] .tag.status").getText();
  }

  @Test
  void aStaffMemberChecksInAReservationByTypedCode() {
    String code = door.bookToday();
    door.bookToday(); // someone else's, so that the search has a list to narrow
    String elsewhere =
        Api.bookForNewCustomer(
            Demo.freeSlotAfter(Demo.venue("Mitte Athletic Club"), "Squash", Duration.ofDays(2))
                .getInt("id"),
            2);
    try (Browser b = Browser.open(375, 812, "en")) {
      b.signIn(door.staff(), Api.PASSWORD);
      b.clickable("#deskLink").click();
      b.waitForUrl("/staff/desk.xhtml");
      assertTrue(b.find("#deskVenue").getText().contains(door.name()));
      assertEquals("Expected", rowStatus(b, code));
      b.screenshot("phone-desk-1-today");

      typeCode(b, code.toLowerCase().substring(0, 4) + "-" + code.toLowerCase().substring(4));
      b.waitForText("#day\\:outcome", "Checked in");
      assertTrue(b.find("#day\\:outcome").getText().contains(code.substring(0, 4)));
      b.wait.until(d -> rowStatus(b, code).equals("Checked in"));
      assertTrue(
          b.find("article.desk-row[data-code='" + code + "']")
              .getAttribute("class")
              .contains("highlight"));
      b.screenshot("phone-desk-2-checked-in");

      typeCode(b, code);
      b.waitForText("#day\\:outcome", "Already checked in");
      b.screenshot("phone-desk-3-already");

      typeCode(b, elsewhere);
      b.waitForText("#day\\:outcome", "another venue");
      assertTrue(b.find("#day\\:outcome").getText().startsWith("Refused"));
      assertTrue(b.find("#day\\:outcome").getAttribute("class").contains("refused"));
      b.screenshot("phone-desk-4-refused");

      typeCode(b, "ZZZZ-ZZZZ");
      b.waitForText("#day\\:outcome", "no reservation with the code");

      b.type("#day\\:search", code.substring(2, 7).toLowerCase());
      b.wait.until(d -> d.findElements(By.cssSelector("article.desk-row")).size() == 1);
      assertEquals(code, b.find("article.desk-row").getAttribute("data-code"));
      b.driver.executeScript("arguments[0].scrollIntoView()", b.find("#day\\:search"));
      b.screenshot("phone-desk-5-search");
      b.find("#day\\:search").clear();
      b.type("#day\\:search", " ");
      b.wait.until(d -> d.findElements(By.cssSelector("article.desk-row")).size() > 1);
      assertTrue(b.fitsWidth(), "the desk scrolls sideways on a phone");
    }
  }

  @Test
  void aWalkInIsBookedAtTheDeskAndShowsInTheList() {
    try (Browser b = Browser.open(375, 812, "en")) {
      b.signIn(door.staff(), Api.PASSWORD);
      b.go("/staff/desk.xhtml?venue=" + door.id());
      b.clickable("#tools\\:walkInOpen").click();
      b.find("#walkInDialog");
      b.wait.until(d -> d.findElement(By.id("walkInDialog")).isDisplayed());
      assertTrue(
          b.find("#walkIn\\:slot").getText().matches("(?s).*PM.*Table for 2 · \\d+ free.*"),
          "the time and the places left: " + b.find("#walkIn\\:slot").getText());
      assertEquals(
          Boolean.TRUE,
          b.driver.executeScript(
              "var l = document.querySelector('#walkIn\\\\:slot .ui-selectonemenu-label');"
                  + " return l.scrollWidth <= l.clientWidth;"),
          "the chosen time's label is not cut off on a phone");
      b.clickable("#walkIn\\:book").click();
      b.waitForText("#walkIn", "Type the guest's name");
      b.screenshot("phone-desk-6-walk-in-dialog");
      String name = "<b>Lin</b> & Co " + Long.toString(System.nanoTime(), 36);
      b.type("#walkIn\\:guestName", name);
      b.clickable("#walkIn\\:book").click();
      b.waitForText("#day\\:outcome", "Walk-in booked and checked in");
      WebElement row =
          b.wait.until(
              d ->
                  d.findElements(By.cssSelector("article.desk-row")).stream()
                      .filter(r -> r.getText().contains(name))
                      .findFirst()
                      .orElse(null));
      assertTrue(row.getText().contains("walk-in"));
      assertTrue(row.getText().contains("Checked in"));
      assertTrue(
          row.findElements(By.cssSelector(".desk-name b")).isEmpty(), "the guest name is escaped");
      b.screenshot("phone-desk-7-walk-in-booked");
      assertTrue(b.fitsWidth());
    }
  }

  @Test
  void theDeskOnADesktopInChinese() {
    try (Browser b = Browser.open(1280, 900, "zh-CN")) {
      b.signIn("staff", Api.DEMO_PASSWORD);
      b.go("/staff/desk.xhtml");
      assertTrue(b.find("#desk\\:checkIn").getText().contains("签到"));
      assertTrue(b.find("#summary").getText().contains("Asia/Shanghai"));
      b.screenshot("desktop-desk-zh");
      assertTrue(b.fitsWidth());
    }
  }

  @Test
  void otherVenuesAreNotFoundAndCustomersAreSentAway() {
    JsonObject mitte = Demo.venue("Mitte Athletic Club");
    try (Browser b = Browser.open(375, 812, "en")) {
      b.signIn("staff", Api.DEMO_PASSWORD);
      for (String venue : List.of(String.valueOf(mitte.getInt("id")), "999999", "x")) {
        b.go("/staff/desk.xhtml?venue=" + venue);
        b.find("footer");
        assertTrue(
            b.find("h1").getText().contains("could not find"),
            venue + ": " + b.find("h1").getText());
        assertTrue(b.driver.findElements(By.id("desk:code")).isEmpty());
      }
      b.screenshot("phone-desk-404");
    }
    try (Browser b = Browser.open(375, 812, "en")) {
      b.signIn("diner", Api.DEMO_PASSWORD);
      assertTrue(b.driver.findElements(By.id("deskLink")).isEmpty());
      b.go("/staff/desk.xhtml");
      assertTrue(b.driver.findElements(By.id("desk:code")).isEmpty());
      assertFalse(b.driver.getPageSource().contains(JADE));
      b.screenshot("phone-desk-customer");
    }
  }

  @Test
  void theDeskReadsTheCustomersQrCodeWithTheCamera() throws Exception {
    String code = door.bookToday();
    Path video = Files.createTempFile("qr-" + code, ".y4m");
    writeQrVideo(code, video);
    try (Browser b =
        Browser.open(
            375,
            812,
            "en",
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            "--use-file-for-fake-video-capture=" + video)) {
      b.signIn(door.staff(), Api.PASSWORD);
      b.go("/staff/desk.xhtml");
      b.clickable("#scanButton").click();
      // The page decodes the fake camera's frames itself; on two busy cores (CI) the first readable
      // frame took over 20 s once.
      b.waitForText("#day\\:outcome", "Checked in", Duration.ofSeconds(60));
      assertTrue(b.find("#day\\:outcome").getText().contains(code.substring(0, 4)));
      b.wait.until(d -> rowStatus(b, code).equals("Checked in"));
      b.screenshot("phone-desk-8-scanned");
    } finally {
      Files.deleteIfExists(video);
    }
  }

  @Test
  void withoutACameraTheDeskSaysSoAndTypingStillWorks() {
    try (Browser b = Browser.open(375, 812, "zh-CN")) {
      b.signIn("staff", Api.DEMO_PASSWORD);
      b.go("/staff/desk.xhtml");
      // The browser's answer when the person refuses the camera. (Headless Chromium leaves the
      // permission prompt open for ever instead, even with its deny switches.)
      b.driver.executeScript(
          "navigator.mediaDevices.getUserMedia = function () {"
              + " return Promise.reject(new DOMException('Permission denied', 'NotAllowedError')); };");
      b.clickable("#scanButton").click();
      b.wait.until(
          d -> d.findElement(By.id("scanMessage")).getAttribute("class").contains("error"));
      assertTrue(
          b.find("#scanMessage").getText().contains("摄像头"), b.find("#scanMessage").getText());
      assertTrue(b.find("#desk\\:checkIn").isDisplayed());
      b.screenshot("phone-desk-zh-no-camera");
    }
  }

  /**
   * A Y4M video (what Chromium's fake camera plays, in a loop) of a QR code holding the bare
   * reservation code, as the customer's confirmation page shows it.
   */
  static void writeQrVideo(String code, Path file) throws Exception {
    int width = 640;
    int height = 480;
    BitMatrix qr = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 360, 360);
    int left = (width - qr.getWidth()) / 2;
    int top = (height - qr.getHeight()) / 2;
    byte[] luma = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int qx = x - left;
        int qy = y - top;
        boolean dark =
            qx >= 0 && qy >= 0 && qx < qr.getWidth() && qy < qr.getHeight() && qr.get(qx, qy);
        luma[y * width + x] = (byte) (dark ? 16 : 235);
      }
    }
    byte[] chroma = new byte[(width / 2) * (height / 2)];
    java.util.Arrays.fill(chroma, (byte) 128);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int frame = 0; frame < 5; frame++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma);
        out.write(chroma);
        out.write(chroma);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
