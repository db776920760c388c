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
import io.booking.shared.domain.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architecture of booking-ejb as executable rules (DESIGN.md, "Bounded contexts"): each context
 * uses only the contexts before it, no two contexts need each other, and the domain knows nothing
 * of HTTP, pages or the services and adapters around it. WebArchitectureTest in booking-web applies
 * the same context order to the web tier.
 */
@AnalyzeClasses(
    locations = ArchitectureTest.EjbClasses.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** booking-ejb's own classes (a directory in the reactor, the jar after packaging). */
  static final class EjbClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      return Set.of(Location.of(Money.class.getProtectionDomain().getCodeSource().getLocation()));
    }
  }

  /**
   * Each context and what it may use besides itself, in DESIGN.md's order: later contexts depend on
   * earlier ones, never the other way. shared and platform are the ground every context stands on
   * and use no context; notification comes last (it reads the others' views); demo fills all of
   * them and nothing uses it.
   */
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
    return CompositeArchRule.of(rules).as("contexts depend one way, later ones on earlier ones");
  }

  static String[] contextPackages() {
    return MAY_USE.keySet().stream().map(c -> "io.booking." + c + "..").toArray(String[]::new);
  }

  @ArchTest
  static final ArchRule everyClassBelongsToAKnownContext =
      classes()
          .should()
          .resideInAnyPackage(contextPackages())
          .because("a new context is placed in DESIGN.md's order (MAY_USE) before it is used");

  @ArchTest static final ArchRule contextsDependOneWay = contextsDependOneWay();

  @ArchTest
  static final ArchRule noCyclesBetweenContexts =
      slices().matching("io.booking.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theDomainKnowsNoWebType =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..");

  @ArchTest
  static final ArchRule servicesKnowNoWebTypeEither =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
          .because("booking-ejb is called by pages and resources, never the other way");

  @ArchTest
  static final ArchRule theDomainKnowsNeitherServicesNorAdapters =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.booking.*.application..", "io.booking.*.infrastructure..");
}
