package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the deployed EAR serves is a contract a client can be generated from: it
 * passes Redocly CLI's recommended rules (redocly.yaml), every operation has a summary, a success
 * answer and its own id, every 4xx is a problem detail whose schema matches what the API sends, and
 * the operations said to be public are exactly the ones that answer without a token.
 */
class OpenApiContractIT {

  /** The operations anyone may call; every other one needs a bearer token. */
  private static final Set<String> PUBLIC =
      Set.of(
          "register",
          "issueToken",
          "searchVenues",
          "getVenue",
          "getVenuePhoto",
          "listSlots",
          // The provider calls it; the notification's signature is its authentication.
          "receivePaymentNotification");

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private static final Path TARGET = NpmTool.TARGET;
  private static final Path PROJECT = NpmTool.PROJECT;

  private static String document;
  private static JsonObject openApi;

  @BeforeAll
  static void download() throws IOException {
    Api.Answer answer =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET());
    assertEquals(200, answer.status(), answer::toString);
    document = answer.raw().body();
    Path file = TARGET.resolve("openapi/openapi.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, document);
    try (JsonReader r = Json.createReader(new StringReader(document))) {
      openApi = r.readObject();
    }
  }

  @Test
  void theDocumentPassesRedoclysRecommendedRules() throws Exception {
    Path tool = NpmTool.install("redocly", "the OpenAPI lint");
    NpmTool.Run lint =
        NpmTool.run(
            tool,
            tool.resolve("node_modules/.bin/redocly").toString(),
            "lint",
            TARGET.resolve("openapi/openapi.json").toAbsolutePath().toString(),
            "--config",
            PROJECT.resolve("redocly.yaml").toAbsolutePath().toString(),
            "--format=json");
    Files.writeString(TARGET.resolve("openapi/redocly-report.json"), lint.output());
    assertTrue(lint.output().startsWith("{"), () -> "no report from Redocly:\n" + lint.errors());
    JsonObject result;
    try (JsonReader r = Json.createReader(new StringReader(lint.output()))) {
      result = r.readObject();
    }
    JsonObject totals = result.getJsonObject("totals");
    List<String> problems =
        result.getJsonArray("problems").stream()
            .map(JsonValue::asJsonObject)
            .map(
                p ->
                    p.getString("severity")
                        + " "
                        + p.getString("ruleId")
                        + ": "
                        + p.getString("message")
                        + " at "
                        + p.getJsonArray("location").getJsonObject(0).getString("pointer", "?"))
            .toList();
    assertEquals(
        0, totals.getInt("errors") + totals.getInt("warnings"), () -> String.join("\n", problems));
    assertFalse(
        lint.errors().contains("Your config has"),
        () -> "redocly.yaml is not valid:\n" + lint.errors());
  }

  @Test
  void everyOperationHasASummaryASuccessAnswerAndItsOwnId() {
    List<String> missing = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    forEachOperation(
        (where, op) -> {
          if (op.getString("summary", "").isBlank()) {
            missing.add(where + ": no summary");
          }
          if (op.getJsonObject("responses").keySet().stream().noneMatch(s -> s.startsWith("2"))) {
            missing.add(where + ": no 2xx answer");
          }
          if (op.getJsonObject("responses").containsKey("default")) {
            missing.add(where + ": a catch-all default answer");
          }
          String id = op.getString("operationId", "");
          String other = ids.put(id, where);
          if (id.isBlank() || other != null) {
            missing.add(where + ": operationId '" + id + "' missing or also on " + other);
          }
        });
    assertTrue(ids.size() >= 38, "only " + ids.size() + " operations: " + ids.keySet());
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  /**
   * Real answers of the running API have no member the document leaves out, and each member has the
   * documented type (a generated client would drop or choke on anything else).
   */
  @Test
  void realAnswersHaveTheShapeTheDocumentGives() {
    JsonObject jade = Demo.venue("Jade Garden Dumpling House");
    long venue = jade.getJsonNumber("id").longValue();
    long offering = Demo.offeringId(jade, "Table for 2");
    JsonObject slot = Demo.freeSlotAfter(jade, "Table for 2", java.time.Duration.ofDays(3));
    String customer = Api.newCustomer();
    String merchant = Api.token("merchant", Api.DEMO_PASSWORD);
    String staff = Api.token("staff", Api.DEMO_PASSWORD);
    String day = slot.getString("start").substring(0, 10);
    List<String> wrong = new ArrayList<>();
    conforms(wrong, "issueToken", 200, Api.post("/api/v1/auth/token", credentials("merchant")));
    conforms(wrong, "getMyAccount", 200, Api.get("/api/v1/accounts/me", customer));
    conforms(wrong, "searchVenues", 200, Api.get("/api/v1/venues?near=31.23,121.47&size=3"));
    conforms(wrong, "getVenue", 200, Api.get("/api/v1/venues/" + venue));
    conforms(wrong, "listSlots", 200, Api.get("/api/v1/venues/" + venue + "/slots?from=" + day));
    conforms(
        wrong,
        "bookSlot",
        201,
        Api.post(
            "/api/v1/reservations",
            "{\"slotId\":" + slot.getJsonNumber("id") + ",\"partySize\":2}",
            customer));
    conforms(wrong, "listMyReservations", 200, Api.get("/api/v1/reservations", customer));
    conforms(
        wrong,
        "listDeskDay",
        200,
        Api.get("/api/v1/staff/venues/" + venue + "/reservations?date=" + day, staff));
    conforms(
        wrong,
        "listVenueBookings",
        200,
        Api.get("/api/v1/merchant/venues/" + venue + "/reservations?date=" + day, merchant));
    conforms(wrong, "listMyVenues", 200, Api.get("/api/v1/merchant/venues", merchant));
    conforms(
        wrong,
        "listOfferings",
        200,
        Api.get("/api/v1/merchant/venues/" + venue + "/offerings", merchant));
    conforms(
        wrong,
        "getSchedule",
        200,
        Api.get("/api/v1/merchant/offerings/" + offering + "/schedule", merchant));
    conforms(
        wrong,
        "listVenueStaff",
        200,
        Api.get("/api/v1/merchant/venues/" + venue + "/staff", merchant));
    conforms(wrong, "getVenue", 404, Api.get("/api/v1/venues/987654321"));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static String credentials(String username) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}";
  }

  private static void conforms(List<String> wrong, String operationId, int status, Api.Answer a) {
    assertEquals(status, a.status(), () -> operationId + ": " + a);
    JsonObject[] operation = new JsonObject[1];
    forEachOperation(
        (where, op) -> {
          if (op.getString("operationId", "").equals(operationId)) {
            operation[0] = op;
          }
        });
    JsonObject content =
        operation[0]
            .getJsonObject("responses")
            .getJsonObject(String.valueOf(status))
            .getJsonObject("content");
    String mediaType = status < 400 ? "application/json" : "application/problem+json";
    JsonValue body;
    try (JsonReader r = Json.createReader(new StringReader(a.raw().body()))) {
      body = r.readValue();
    }
    conforms(
        operationId + " " + status,
        body,
        content.getJsonObject(mediaType).getJsonObject("schema"),
        wrong);
  }

  private static void conforms(
      String where, JsonValue value, JsonObject schema, List<String> wrong) {
    while (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      schema = openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    String type = schema.getString("type", "?");
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject properties = schema.getJsonObject("properties");
        if (!type.equals("object") || properties == null) {
          wrong.add(where + ": an object, documented as " + schema);
          return;
        }
        value
            .asJsonObject()
            .forEach(
                (name, member) -> {
                  if (!properties.containsKey(name)) {
                    wrong.add(where + "." + name + ": not in the document");
                  } else {
                    conforms(where + "." + name, member, properties.getJsonObject(name), wrong);
                  }
                });
      }
      case ARRAY -> {
        if (!type.equals("array")) {
          wrong.add(where + ": an array, documented as " + type);
          return;
        }
        JsonObject items = schema.getJsonObject("items");
        value.asJsonArray().forEach(item -> conforms(where + "[]", item, items, wrong));
      }
      case STRING -> {
        if (!type.equals("string")) {
          wrong.add(where + ": a string, documented as " + type);
        }
      }
      case NUMBER -> {
        boolean whole = ((jakarta.json.JsonNumber) value).isIntegral();
        if (!(type.equals("number") || (type.equals("integer") && whole))) {
          wrong.add(where + ": the number " + value + ", documented as " + type);
        }
      }
      case TRUE, FALSE -> {
        if (!type.equals("boolean")) {
          wrong.add(where + ": a boolean, documented as " + type);
        }
      }
      case NULL -> wrong.add(where + ": null");
    }
  }

  /** A client generated from the document must not read ids as doubles or times as objects. */
  @Test
  void idsAreWholeNumbersAndEveryObjectSaysWhatItHolds() {
    List<String> wrong = new ArrayList<>();
    openApi
        .getJsonObject("components")
        .getJsonObject("schemas")
        .forEach((name, schema) -> checkSchema(name, schema.asJsonObject(), wrong));
    forEachOperation(
        (where, op) -> {
          if (op.containsKey("parameters")) {
            op.getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("in").equals("path") && !isId(p.getJsonObject("schema")))
                .forEach(p -> wrong.add(where + " " + p.getString("name") + ": not an int64"));
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void checkSchema(String where, JsonObject schema, List<String> wrong) {
    if ("object".equals(schema.getString("type", null))
        && !schema.containsKey("properties")
        && !schema.containsKey("additionalProperties")) {
      wrong.add(where + ": an object with nothing in it");
    }
    JsonObject properties = schema.getJsonObject("properties");
    if (properties != null) {
      properties.forEach(
          (name, p) -> {
            JsonObject property = p.asJsonObject();
            if ((name.equals("id") || name.endsWith("Id")) && !isId(property)) {
              wrong.add(where + "." + name + ": not an int64");
            }
            checkSchema(where + "." + name, property, wrong);
          });
    }
    if (schema.containsKey("items")) {
      checkSchema(where + "[]", schema.getJsonObject("items"), wrong);
    }
  }

  private static boolean isId(JsonObject schema) {
    return "integer".equals(schema.getString("type", null))
        && "int64".equals(schema.getString("format", null));
  }

  @Test
  void everyRefusalIsAProblemDetailWithTheSharedSchema() {
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        (where, op) ->
            op.getJsonObject("responses")
                .forEach(
                    (status, response) -> {
                      if (!status.startsWith("4")) {
                        return;
                      }
                      JsonObject content = response.asJsonObject().getJsonObject("content");
                      String ref =
                          content == null || !content.containsKey("application/problem+json")
                              ? null
                              : content
                                  .getJsonObject("application/problem+json")
                                  .getJsonObject("schema")
                                  .getString("$ref", null);
                      if (!"#/components/schemas/Problem".equals(ref)) {
                        wrong.add(where + " " + status + ": " + content);
                      }
                    }));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theProblemSchemaHasEveryMemberTheApiSends() {
    Set<String> documented =
        openApi
            .getJsonObject("components")
            .getJsonObject("schemas")
            .getJsonObject("Problem")
            .getJsonObject("properties")
            .keySet();
    List<Api.Answer> refusals =
        List.of(
            Api.get("/api/v1/nothing-here"),
            Api.get("/api/v1/reservations"),
            Api.get("/api/v1/venues?page=x"),
            Api.post("/api/v1/accounts", "{\"username\":\"x\"}"),
            Api.post(
                "/api/v1/accounts",
                "{\"username\":\"diner\",\"email\":\"someone-else@example.com\","
                    + "\"password\":\""
                    + Api.PASSWORD
                    + "\",\"displayName\":\"Not Diner\"}"));
    for (Api.Answer a : refusals) {
      assertTrue(a.contentType().startsWith("application/problem+json"), a::toString);
      Set<String> sent = new TreeSet<>(a.json().keySet());
      assertTrue(documented.containsAll(sent), () -> sent + " not all in " + documented);
    }
  }

  /**
   * Called without a token, every operation that takes no body answers 401 exactly when the
   * document says it needs one. (An operation with a body checks the body first.)
   */
  @Test
  void theOperationsSaidToBePublicAreTheOnesThatNeedNoToken() {
    Set<String> declaredPublic = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        (where, op) -> {
          String id = op.getString("operationId", where);
          boolean secured = op.containsKey("security") && !op.getJsonArray("security").isEmpty();
          if (!secured) {
            declaredPublic.add(id);
          }
          if (op.containsKey("requestBody")) {
            return;
          }
          String method = where.substring(0, where.indexOf(' '));
          String path = where.substring(where.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
          int status =
              Api.send(
                      Api.request(path, null)
                          .setHeader("Accept", successMediaType(op))
                          .method(
                              method.toUpperCase(java.util.Locale.ROOT),
                              java.net.http.HttpRequest.BodyPublishers.noBody()))
                  .status();
          if (secured != (status == 401)) {
            wrong.add(where + " (" + id + "): " + status + (secured ? ", expected 401" : ""));
          }
        });
    assertEquals(new TreeSet<>(PUBLIC), declaredPublic);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /** What the operation answers on success (e.g. text/csv): asking for JSON would be 406. */
  private static String successMediaType(JsonObject op) {
    return op.getJsonObject("responses").entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .map(e -> e.getValue().asJsonObject().getJsonObject("content"))
        .filter(c -> c != null && !c.isEmpty())
        .map(c -> c.keySet().iterator().next())
        .findFirst()
        .orElse("*/*");
  }

  private static void forEachOperation(BiConsumer<String, JsonObject> action) {
    openApi
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, op) -> {
                          if (METHODS.contains(method)) {
                            action.accept(method + " " + path, op.asJsonObject());
                          }
                        }));
  }
}
