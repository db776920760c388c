package io.booking.catalog.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class VenuePhotosIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("venue-photos-it");
  }

  @EJB VenuePhotos photos;

  @EJB CatalogService catalog;

  @EJB TestWorld world;

  @Test
  void aMerchantAddsAndRemovesCheckedPhotos() throws IOException {
    long venue = world.venueOf(world.offering(SHANGHAI, 4, 2, Duration.ofHours(1)));
    long owner = world.ownerOfVenue(venue);
    byte[] png = image("png", 640, 480);

    long id = photos.add(owner, venue, png);

    assertEquals(java.util.List.of(id), catalog.venue(venue).photoIds());
    assertArrayEquals(png, photos.photo(venue, id).image());
    assertEquals("image/png", photos.photo(venue, id).contentType());
    assertThrows(UnknownObjectException.class, () -> photos.photo(venue + 1000, id));
    photos.remove(owner, venue, id);
    assertTrue(catalog.venue(venue).photoIds().isEmpty());
  }

  @Test
  void anythingButARealSmallJpegOrPngIsRefused() throws IOException {
    long venue = world.venueOf(world.offering(SHANGHAI, 4, 2, Duration.ofHours(1)));
    long owner = world.ownerOfVenue(venue);
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    byte[] jpeg = image("jpg", 64, 64);
    byte[] truncated = Arrays.copyOf(jpeg, 40);
    byte[] huge = image("png", 6001, 10);
    byte[] tooManyBytes = Arrays.copyOf(jpeg, VenuePhotos.MAX_BYTES + 1);

    for (byte[] bad : new byte[][] {script, truncated, huge, tooManyBytes}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> photos.add(owner, venue, bad));
      assertEquals("photo", e.errors().get(0).field());
    }
    long stranger =
        world.ownerOfVenue(world.venueOf(world.offering(SHANGHAI, 4, 2, Duration.ofHours(1))));
    assertThrows(UnknownObjectException.class, () -> photos.add(stranger, venue, jpeg));
    for (int i = 0; i < VenuePhotos.MAX_PER_VENUE; i++) {
      photos.add(owner, venue, jpeg);
    }
    assertThrows(InvalidInputException.class, () -> photos.add(owner, venue, jpeg));
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0xFF8800);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
