package io.booking.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WAR deployments for the in-container tests: the contexts a test needs, the platform
 * beneath them, the persistence unit, the migrations and the libraries the EAR puts in lib/.
 *
 * <p>A new test class uses the same two lines as every other:
 *
 * <pre>
 * &#64;Deployment
 * static WebArchive deployment() {
 *   return Deployments.bookingCore("my-feature-it");
 * }
 * </pre>
 *
 * <p>All such classes run in one Payara Micro, started for the first of them and stopped at the end
 * of the run ({@link io.booking.testing.suite.SharedPayaraMicro}, decision 0015): the archive holds
 * every class of the packaged contexts, test classes included, so it is the same for each class.
 * Tests therefore share one database and must not depend on what other tests left in it or on their
 * order: each makes its own data ({@link TestWorld}) and sweeps or counts only that. An archive
 * with anything else in it (another context, an extra resource) gets a Payara Micro of its own,
 * which costs about 25 seconds: extend {@link #bookingCore} instead when a new context comes.
 */
public final class Deployments {

  private Deployments() {}

  /** The named contexts (e.g. "identity", "catalog") plus shared, platform and the test kit. */
  public static WebArchive withContexts(String name, String... contexts) {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "io.booking.shared", "io.booking.platform")
            .addPackage(Deployments.class.getPackage())
            .addAsResource("META-INF/persistence.xml")
            .addAsResource("META-INF/orm.xml")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    for (String context : contexts) {
      war.addPackages(true, "io.booking." + context);
    }
    addLibraryOf(war, org.flywaydb.core.Flyway.class);
    addLibraryOf(war, org.flywaydb.database.mysql.MySQLDatabaseType.class);
    addLibraryOf(war, com.mysql.cj.jdbc.Driver.class);
    addLibraryOf(war, com.nimbusds.jose.JWSObject.class);
    // The Stripe adapter (payment.infrastructure.stripe) and the SDK it is written on.
    addLibraryOf(war, com.stripe.StripeClient.class);
    addLibraryOf(war, com.google.gson.Gson.class);
    // Its unit test runs against WireMock outside the container; WireMock stays out of the archive.
    war.deleteClass("io.booking.payment.infrastructure.stripe.StripePaymentProviderTest");
    addMigrations(war);
    return war;
  }

  /** Everything the booking core needs. */
  public static WebArchive bookingCore(String name) {
    return withContexts(name, "identity", "catalog", "inventory", "reservation", "payment");
  }

  private static void addLibraryOf(WebArchive war, Class<?> type) {
    try {
      war.addAsLibrary(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addMigrations(WebArchive war) {
    URL first = Deployments.class.getClassLoader().getResource("db/migration");
    if (first == null) {
      throw new IllegalStateException("the db module's migrations are not on the test classpath");
    }
    try {
      if ("file".equals(first.getProtocol())) {
        Path dir = Path.of(first.toURI());
        try (Stream<Path> files = Files.list(dir)) {
          files.forEach(f -> war.addAsResource(f.toFile(), "db/migration/" + f.getFileName()));
        }
      } else {
        // jar:file:/.../booking-db.jar!/db/migration
        String jar = first.getPath().substring("file:".length(), first.getPath().indexOf('!'));
        war.addAsLibrary(new File(jar));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot add the migrations", e);
    }
  }
}
