package io.booking.payment.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the deployment when the configured payment provider cannot run, with every reason named
 * ({@link ConfiguredPaymentProvider#problems}), as RequiredSettings does for the database and the
 * token key.
 */
@Singleton
@Startup
public class PaymentProviderCheck {

  @PostConstruct
  void check() {
    Config config = ConfigProvider.getConfig(PaymentProviderCheck.class.getClassLoader());
    List<String> problems =
        ConfiguredPaymentProvider.problems(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The platform will not start: " + String.join("; ", problems) + ".");
    }
  }
}
