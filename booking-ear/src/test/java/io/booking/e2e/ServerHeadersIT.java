package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * No answer tells an attacker which server and Java version run the platform, and every answer
 * tells browsers not to sniff types, not to let other sites frame it, and what to send as referrer
 * (issue 10).
 */
class ServerHeadersIT {

  @Test
  void pagesApiAnswersAndErrorsNameNoServerAndCarryTheSecurityHeaders() {
    for (String path : new String[] {"/", "/api/v1/venues", "/api/v1/venues/999999", "/nowhere"}) {
      Api.Answer answer = Api.get(path);
      assertNull(answer.header("X-Powered-By"), path + " X-Powered-By");
      assertNull(answer.header("Server"), path + " Server");
      assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
      assertEquals("strict-origin-when-cross-origin", answer.header("Referrer-Policy"), path);
      String csp = answer.header("Content-Security-Policy");
      assertTrue(csp != null && csp.contains("frame-ancestors 'self'"), path + ": " + csp);
      assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), csp);
      assertTrue(csp.contains("form-action 'self'") && csp.contains("base-uri 'self'"), csp);
      assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"), path);
    }
    assertEquals(404, Api.get("/api/v1/venues/999999").status());
  }
}
