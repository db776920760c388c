package io.booking.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the document that MicroProfile OpenAPI builds from the resources' annotations with what
 * holds for every operation, so that a resource declares only what is its own: a summary, its
 * success answer and its business refusals (403, 409, 422, 429), each with a description.
 *
 * <ul>
 *   <li>Every 4xx answer is a problem detail: {@code application/problem+json} with the shared
 *       {@code Problem} schema (this package's {@link Problem}).
 *   <li>An operation that needs a token also answers 401; one that reads a body or query parameters
 *       also answers 400 (unreadable JSON, a wrong type, a malformed parameter); one with ids in
 *       its path also answers 404 (unknown, another's, or not an id).
 *   <li>Every request body is required; every 201 carries {@code Location}; an operation that takes
 *       {@code Idempotency-Key} says what it does and answers {@code Idempotent-Replayed}.
 *   <li>Ids are int64: path parameters, and properties named {@code id} or {@code somethingId}.
 *   <li>A success answer written inline by {@code @APIResponseSchema} refers to the named schema
 *       instead, so that a generated client gets named types.
 *   <li>What Payara's generator gets wrong is put right (see {@link #tidy}); the server is the one
 *       that served the document ({@code /}); Payara's own {@code endpoints} field, which OpenAPI
 *       does not allow, goes; a tag named on several resources is listed once.
 * </ul>
 *
 * Public operations declare no security: without a document-wide requirement, OpenAPI reads that as
 * "no token needed" (redocly.yaml lists them for the linter). Registered as {@code
 * mp.openapi.filter} in META-INF/microprofile-config.properties.
 */
public class ApiContract implements OASFilter {

  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    components.addSchema("Problem", problemSchema());
    components.addSchema("ProblemField", problemFieldSchema());
    if (api.getPaths() != null) {
      api.getPaths()
          .getPathItems()
          .values()
          .forEach(item -> item.getOperations().values().forEach(ApiContract::complete));
    }
    components.getSchemas().values().forEach(ApiContract::tidy);
    referToNamedSchemas(api);
    api.setTags(oneTagPerName(api.getTags()));
    api.setServers(
        List.of(OASFactory.createServer().url("/").description("The server of this document")));
    dropPayaraEndpoints(api);
  }

  private static void complete(Operation op) {
    if (Boolean.FALSE.equals(op.getDeprecated())) {
      op.setDeprecated(null);
    }
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
    boolean idempotent = false;
    for (Parameter p : parameters) {
      tidy(p.getSchema());
      if (Boolean.FALSE.equals(p.getDeprecated())) {
        p.setDeprecated(null);
      }
      if (Boolean.FALSE.equals(p.getAllowEmptyValue())) {
        p.setAllowEmptyValue(null);
      }
      if (Boolean.FALSE.equals(p.getAllowReserved())) {
        p.setAllowReserved(null);
      }
      if (p.getIn() == Parameter.In.PATH) {
        p.setSchema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"));
        if (p.getDescription() == null) {
          p.setDescription("An id");
        }
      }
      if (p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName())) {
        idempotent = true;
        p.setDescription(
            "Makes the call safe to repeat: the same key with the same body takes effect once and"
                + " answers as the first time; with another body it is 422. Keys are per account.");
        p.setSchema(OASFactory.createSchema().type(SchemaType.STRING).minLength(1).maxLength(100));
      }
    }
    if (op.getRequestBody() != null && op.getRequestBody().getRequired() == null) {
      op.getRequestBody().setRequired(true);
    }
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> tidy(m.getSchema()));
    }
    boolean needsToken = op.getSecurity() != null && !op.getSecurity().isEmpty();
    boolean readsInput =
        op.getRequestBody() != null
            || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    boolean hasIds = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    if (readsInput) {
      addIfMissing(
          responses,
          "400",
          "A body that is not JSON or has a value of the wrong type, or a malformed parameter"
              + " (named in `errors` when known)");
    }
    if (needsToken) {
      addIfMissing(responses, "401", "No token, or a token that is invalid or has expired");
    }
    if (hasIds) {
      addIfMissing(
          responses, "404", "Nothing with this id, or not the caller's (never told apart)");
    }
    for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
      String status = e.getKey();
      APIResponse response = e.getValue();
      if (status.startsWith("4") && isEmpty(response.getContent()) && response.getRef() == null) {
        response.setContent(problemContent(status));
      }
      if (response.getContent() != null) {
        response.getContent().getMediaTypes().values().forEach(m -> tidy(m.getSchema()));
      }
      if (status.equals("401")) {
        response.addHeader(
            "WWW-Authenticate", header("Bearer; with `error=\"invalid_token\"` for a bad token"));
      }
      if (status.equals("429")) {
        response.addHeader(
            "Retry-After",
            header("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().type(SchemaType.INTEGER)));
      }
      if (status.equals("201")) {
        response.addHeader(
            "Location",
            header("Where the new resource is")
                .schema(OASFactory.createSchema().type(SchemaType.STRING).format("uri")));
      }
      if (idempotent && status.startsWith("2")) {
        response.addHeader(
            "Idempotent-Replayed",
            header("true when this answers a repeat of an earlier request with the same key")
                .schema(OASFactory.createSchema().type(SchemaType.BOOLEAN)));
      }
    }
  }

  /**
   * {@code @APIResponseSchema} writes a copy of the class's schema into the response; a client
   * generator then invents a name for it. Where the copy is exactly one named schema, the response
   * refers to that instead.
   */
  private static void referToNamedSchemas(OpenAPI api) {
    Map<String, String> nameByShape = new HashMap<>();
    api.getComponents()
        .getSchemas()
        .forEach((name, schema) -> nameByShape.merge(shape(schema), name, (a, b) -> ""));
    api.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .flatMap(op -> op.getResponses().getAPIResponses().values().stream())
        .filter(r -> !isEmpty(r.getContent()))
        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
        .forEach(
            media -> {
              Schema schema = media.getSchema();
              if (schema != null && schema.getType() == SchemaType.ARRAY) {
                schema.setItems(named(schema.getItems(), nameByShape));
              } else {
                media.setSchema(named(schema, nameByShape));
              }
            });
  }

  private static Schema named(Schema schema, Map<String, String> nameByShape) {
    if (schema == null || schema.getRef() != null || schema.getType() != SchemaType.OBJECT) {
      return schema;
    }
    String name = nameByShape.get(shape(schema));
    return name == null || name.isEmpty()
        ? schema
        : OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  /** What a schema says about the JSON, without its descriptions and examples. */
  private static String shape(Schema s) {
    if (s == null) {
      return "";
    }
    if (s.getRef() != null) {
      return "$" + s.getRef();
    }
    StringBuilder b = new StringBuilder().append(s.getType()).append(':').append(s.getFormat());
    if (s.getProperties() != null) {
      new TreeMap<>(s.getProperties())
          .forEach((k, v) -> b.append('{').append(k).append('=').append(shape(v)).append('}'));
    }
    if (s.getEnumeration() != null) {
      b.append(s.getEnumeration());
    }
    return b.append('[').append(shape(s.getItems())).append(']').toString();
  }

  /** In this API a property named {@code id} or {@code somethingId} is an id: a Java long. */
  private static boolean isId(String property) {
    return property.equals("id") || property.endsWith("Id");
  }

  private static boolean isEmpty(Content content) {
    return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
  }

  /** Tags named on resources and described on {@link BookingApi}: one each, the described one. */
  private static List<Tag> oneTagPerName(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag t : tags) {
      Tag seen = byName.get(t.getName());
      if (seen == null || (seen.getDescription() == null && t.getDescription() != null)) {
        byName.put(t.getName(), t);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static void addIfMissing(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  private static Header header(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(SchemaType.STRING));
  }

  /**
   * Undoes habits of Payara's generator: Java's long becomes a plain number (an id, or an int64
   * format given on the field, makes it an integer again); a schema built from {@code @Schema}
   * annotations carries every unset attribute as its default ({@code maxProperties: 0}, {@code
   * exclusiveMaximum: false}, ...), which would forbid valid values, and may lack its object type;
   * an example or default of a number is written as a string.
   */
  private static void tidy(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getType() == SchemaType.NUMBER
        && ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat()))) {
      schema.setType(SchemaType.INTEGER);
    }
    if (schema.getType() == null && schema.getRef() == null && schema.getProperties() != null) {
      schema.setType(SchemaType.OBJECT);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (schema.getType() == SchemaType.INTEGER || schema.getType() == SchemaType.NUMBER) {
      if (schema.getExample() instanceof String example) {
        schema.setExample(new BigDecimal(example));
      }
      if (schema.getDefaultValue() instanceof String defaultValue) {
        schema.setDefaultValue(new BigDecimal(defaultValue));
      }
    }
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                if (isId(name) && property.getType() == SchemaType.NUMBER) {
                  property.setType(SchemaType.INTEGER);
                  property.setFormat("int64");
                }
                tidy(property);
              });
    }
    tidy(schema.getItems());
  }

  private static Content problemContent(String status) {
    MediaType media = OASFactory.createMediaType().schema(ref());
    Map<String, Object> example = EXAMPLES.get(status);
    if (example != null) {
      media.setExample(example);
    }
    return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
  }

  private static Schema ref() {
    return OASFactory.createSchema().ref(PROBLEM_SCHEMA);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("An RFC 9457 problem detail; every 4xx answer is one.")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .format("uri-reference")
                .description("Names the reason; clients branch on it")
                .example("/problems/slot-sold-out"))
        .addProperty(
            "title",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("The HTTP status's reason phrase")
                .example("Conflict"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int32")
                .description("The HTTP status")
                .example(409))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("What happened, in English, for people")
                .example("Only 1 place is left."))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .description("Each bad input field and what is wrong with it (400 and 422 only)")
                .items(OASFactory.createSchema().ref("#/components/schemas/ProblemField")))
        .required(List.of("type", "title", "status"));
  }

  private static Schema problemFieldSchema() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .addProperty(
            "field",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("The property or parameter, e.g. `partySize` or `price.currency`")
                .example("partySize"))
        .addProperty(
            "reason",
            OASFactory.createSchema().type(SchemaType.STRING).example("must be between 1 and 4"))
        .required(List.of("field", "reason"));
  }

  private static final Map<String, Map<String, Object>> EXAMPLES =
      Map.of(
          "400",
          problem(
              "/problems/invalid-input",
              "Bad Request",
              400,
              "The parameter 'date' must be a date as YYYY-MM-DD.",
              "date",
              "must be a date as YYYY-MM-DD"),
          "401",
          problem(
              "/problems/unauthenticated",
              "Unauthorized",
              401,
              "This call needs a bearer token: POST /api/v1/auth/token.",
              null,
              null),
          "404",
          problem("/problems/not-found", "Not Found", 404, "No venue 42 was found.", null, null),
          "422",
          problem(
              "/problems/invalid-input",
              "Unprocessable Content",
              422,
              "Some fields are not valid.",
              "partySize",
              "must be between 1 and 4"));

  private static Map<String, Object> problem(
      String type, String title, int status, String detail, String field, String reason) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", type);
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    if (field != null) {
      List<Map<String, Object>> errors = new ArrayList<>();
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("field", field);
      f.put("reason", reason);
      errors.add(f);
      p.put("errors", errors);
    }
    return p;
  }

  /**
   * Payara adds a root field {@code endpoints} that OpenAPI 3.0 does not allow (a client generator
   * may refuse the document); it has no MicroProfile API, so it is emptied by name (Payara leaves
   * empty fields out, and needs the map to be there).
   */
  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new LinkedHashMap<>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another implementation: no such field to drop.
    }
  }
}
