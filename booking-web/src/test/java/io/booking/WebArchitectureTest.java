package io.booking;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.booking.platform.rest.BookingApi;
import io.booking.shared.domain.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architecture of the whole application, web tier and booking-ejb together (a dependency cycle
 * can run through both): pages and resources mirror the contexts and keep DESIGN.md's order, no two
 * contexts need each other, and pages and resources work with views from the services, never with
 * entities, repositories or the entity manager. Every rule holds in full: none is frozen, none
 * ignores a dependency.
 */
@AnalyzeClasses(
    locations = WebArchitectureTest.ApplicationClasses.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  /** booking-web's classes and booking-ejb's, wherever the build put them. */
  static final class ApplicationClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      return Set.of(location(BookingApi.class), location(Money.class));
    }

    private static Location location(Class<?> c) {
      return Location.of(c.getProtectionDomain().getCodeSource().getLocation());
    }
  }

  /** As in booking-ejb's ArchitectureTest: each context may use the ones before it. */
  static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

  static {
    List<String> before = new ArrayList<>();
    for (String context :
        List.of(
            "shared",
            "platform",
            "identity",
            "catalog",
            "inventory",
            "reservation",
            "payment",
            "notification",
            "demo")) {
      MAY_USE.put(context, List.copyOf(before));
      before.add(context);
    }
  }

  static ArchRule contextsDependOneWay() {
    List<ArchRule> rules = new ArrayList<>();
    MAY_USE.forEach(
        (context, earlier) -> {
          List<String> allowed = new ArrayList<>();
          allowed.add("io.booking." + context + "..");
          earlier.forEach(e -> allowed.add("io.booking." + e + ".."));
          rules.add(
              classes()
                  .that()
                  .resideInAPackage("io.booking." + context + "..")
                  .should()
                  .onlyDependOnClassesThat(
                      resideOutsideOfPackage("io.booking..")
                          .or(resideInAnyPackage(allowed.toArray(String[]::new))))
                  .as(
                      "classes of the context "
                          + context
                          + " use no context but "
                          + (earlier.isEmpty() ? "none" : String.join(", ", earlier))));
        });
    return CompositeArchRule.of(rules)
        .as("pages, resources and services depend one way, later contexts on earlier ones");
  }

  @ArchTest
  static final ArchRule everyClassBelongsToAKnownContext =
      classes()
          .should()
          .resideInAnyPackage(
              MAY_USE.keySet().stream().map(c -> "io.booking." + c + "..").toArray(String[]::new))
          .because("pages and resources mirror the contexts of booking-ejb");

  @ArchTest static final ArchRule contextsDependOneWay = contextsDependOneWay();

  @ArchTest
  static final ArchRule noCyclesBetweenContexts =
      slices()
          .matching("io.booking.(*)..")
          .should()
          .beFreeOfCycles()
          .as("no cycles between contexts, across the web tier and booking-ejb");

  @ArchTest
  static final ArchRule pagesAndResourcesNeverTouchEntities =
      noClasses()
          .that()
          .resideInAnyPackage("io.booking..web..", "io.booking..rest..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .as("pages (..web..) and resources (..rest..) never touch JPA entities");

  @ArchTest
  static final ArchRule pagesAndResourcesReachTheDatabaseOnlyThroughServices =
      noClasses()
          .that()
          .resideInAnyPackage("io.booking..web..", "io.booking..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.booking.*.infrastructure..")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class);
}
