package io.booking.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.booking.shared.domain.DomainException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rules of the form "at most N" that a service checks before it inserts: several requests at the
 * same moment must not all pass the check. Each race's answers are counted by outcome: one success
 * (or as many as the rule allows), and a clear refusal for the rest, never a persistence error.
 */
@ExtendWith(ArquillianExtension.class)
class CheckThenInsertRacesIT {

  private static final int AT_ONCE = 6;

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("check-then-insert-races-it");
  }

  @EJB MerchantOnboarding onboarding;

  @EJB VenuePhotos photos;

  @EJB VenueStaff staff;

  @EJB TestWorld world;

  @Test
  void oneAccountHasOnePendingApplicationHoweverManyArriveAtOnce() throws Exception {
    long account = world.customer();

    Map<String, Integer> outcomes =
        race(i -> () -> onboarding.apply(account, "Noodle Bar " + i, "+86 21 5555 0000", "L-" + i));

    assertEquals(Map.of("ok", 1, "application-pending", AT_ONCE - 1), outcomes);
    assertEquals(1, onboarding.applicationsOf(account).size());
  }

  @Test
  void aVenueNeverHoldsMorePhotosThanItsLimit() throws Exception {
    long venue = world.venueOf(world.offering(ZoneId.of("Asia/Shanghai"), 4, 2, Duration.ZERO));
    long owner = world.ownerOfVenue(venue);
    byte[] png = png();
    for (int i = 0; i < VenuePhotos.MAX_PER_VENUE - 1; i++) {
      photos.add(owner, venue, png);
    }

    Map<String, Integer> outcomes = race(i -> () -> photos.add(owner, venue, png));

    assertEquals(Map.of("ok", 1, "invalid-input", AT_ONCE - 1), outcomes);
    assertEquals(
        VenuePhotos.MAX_PER_VENUE, world.photoCount(venue), "the limit holds in the database");
  }

  @Test
  void anInvitationSentSeveralTimesAtOnceMakesOneStaffMember() throws Exception {
    long venue = world.venueOf(world.offering(ZoneId.of("Asia/Shanghai"), 4, 2, Duration.ZERO));
    long owner = world.ownerOfVenue(venue);
    String username = world.usernameOf(world.customer());

    Map<String, Integer> outcomes = race(i -> () -> staff.invite(owner, venue, username));

    assertEquals(Map.of("ok", 1, "already-staff", AT_ONCE - 1), outcomes);
    assertEquals(
        List.of(username), staff.staffOf(owner, venue).stream().map(a -> a.username()).toList());
  }

  /** Runs the calls at once and counts their outcomes: "ok" or the refusal's reason. */
  private static Map<String, Integer> race(java.util.function.IntFunction<Callable<?>> call)
      throws Exception {
    List<String> results =
        AtOnce.run(
                AT_ONCE,
                AT_ONCE,
                Duration.ofSeconds(60),
                i ->
                    () -> {
                      try {
                        call.apply(i).call();
                        return "ok";
                      } catch (DomainException refused) {
                        return refused.reason();
                      } catch (Exception other) {
                        return other.getClass().getSimpleName() + ": " + other.getMessage();
                      }
                    })
            .results();
    Map<String, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(r, 1, Integer::sum));
    return counts;
  }

  private static byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0x3366CC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
