package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** No answer tells an attacker which server and Java version run the platform (issue 10). */
class ServerHeadersIT {

  @Test
  void pagesApiAnswersAndErrorsNameNoServerOrVersion() {
    for (String path : new String[] {"/", "/api/v1/venues", "/api/v1/venues/999999", "/nowhere"}) {
      Api.Answer answer = Api.get(path);
      assertNull(answer.header("X-Powered-By"), path + " X-Powered-By");
      assertNull(answer.header("Server"), path + " Server");
    }
    assertEquals(404, Api.get("/api/v1/venues/999999").status());
  }
}
