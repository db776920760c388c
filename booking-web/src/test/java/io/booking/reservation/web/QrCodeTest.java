package io.booking.reservation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void theImageScansBackToTheReservationCode() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png("K7QFM2XD", 240)));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);

    String scanned =
        new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();

    assertEquals("K7QFM2XD", scanned);
    assertEquals(240, image.getWidth());
  }
}
