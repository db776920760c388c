package io.booking.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, kept off the network but for loopback. */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS =
      Path.of(System.getProperty("booking.e2e.screenshots", "target/screenshots"));

  final ChromeDriver driver;
  final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    // Ajax updates replace elements: a stale one is simply looked up again on the next poll.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /** A browser window of the given size and language; skips the test when there is no Chromium. */
  static Browser open(int width, int height, String language) {
    return open(width, height, language, new String[0]);
  }

  /** The same, with extra Chromium switches (e.g. a fake camera). */
  static Browser open(int width, int height, String language, String... extraArguments) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver); browser tests skipped");
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--lang=" + language,
          "--user-data-dir=" + Files.createTempDirectory("chromium"),
          "--window-size=" + width + "," + height);
      options.addArguments(extraArguments);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      return new Browser(driver);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void go(String path) {
    driver.get(Api.BASE + path);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  WebElement clickable(String css) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  void type(String css, String text) {
    WebElement input = clickable(css);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types over what a widget shows (number inputs, date pickers): those put their old value back on
   * clear(), so the text is selected and typed over instead.
   */
  void typeOver(String css, String text) {
    clickable(css)
        .sendKeys(
            org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
            text,
            org.openqa.selenium.Keys.TAB);
  }

  /** Signs in on the login page and waits for the start page it leads to. */
  void signIn(String username, String password) {
    go("/login.xhtml");
    type("#loginForm\\:username", username);
    type("#loginForm\\:password", password);
    clickable("#loginForm\\:signIn").click();
    waitForUrl("index.xhtml");
  }

  void waitForUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** The same, for something slower than a page: e.g. decoding a camera's frames in the page. */
  void waitForText(String css, String text, Duration within) {
    new WebDriverWait(driver, within)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Whether the page fits the window's width, i.e. nothing scrolls sideways. */
  boolean fitsWidth() {
    Object fits =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    return Boolean.TRUE.equals(fits);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SHOTS);
      Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String cookie(String name) {
    var c = driver.manage().getCookieNamed(name);
    return c == null ? null : c.getValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
