package io.booking.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations the live OpenAPI document describes ({@code GET /openapi} as JSON), with what the
 * hostile-input test needs of each: its parameters, its request body's schema, the media types of
 * its answers and whether it needs a caller.
 */
final class OpenApi {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** A path, query or header parameter; {@code type} is the schema's type ("string", ...). */
  record Param(String name, String in, String type) {}

  /** One operation; {@code body} is the resolved schema of its JSON body, or null. */
  record Operation(
      String method,
      String path,
      List<Param> params,
      String bodyType,
      JsonObject body,
      Set<String> answerTypes,
      boolean needsCaller) {

    String name() {
      return method + " " + path;
    }

    /** GET and HEAD change nothing, so they may name anything, other people's things included. */
    boolean reads() {
      return method.equals("GET") || method.equals("HEAD");
    }

    List<Param> in(String where) {
      return params.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  private final JsonObject document;

  private OpenApi(JsonObject document) {
    this.document = document;
  }

  static OpenApi load() {
    Api.Answer answer = Api.get("/openapi");
    if (answer.status() != 200) {
      throw new IllegalStateException("no OpenAPI document: " + answer);
    }
    try (JsonReader r = Json.createReader(new StringReader(answer.raw().body()))) {
      return new OpenApi(r.readObject());
    }
  }

  List<Operation> operations() {
    JsonArray defaultSecurity = document.getJsonArray("security");
    List<Operation> operations = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) -> {
              JsonObject pathItem = item.asJsonObject();
              List<Param> shared = params(pathItem.getJsonArray("parameters"));
              pathItem.forEach(
                  (method, op) -> {
                    if (METHODS.contains(method)) {
                      operations.add(
                          operation(
                              method.toUpperCase(),
                              path,
                              op.asJsonObject(),
                              shared,
                              defaultSecurity));
                    }
                  });
            });
    return operations;
  }

  private Operation operation(
      String method, String path, JsonObject op, List<Param> shared, JsonArray defaultSecurity) {
    List<Param> params = new ArrayList<>(shared);
    params.addAll(params(op.getJsonArray("parameters")));
    String bodyType = null;
    JsonObject body = null;
    JsonObject requestBody = op.getJsonObject("requestBody");
    if (requestBody != null && requestBody.containsKey("content")) {
      JsonObject content = requestBody.getJsonObject("content");
      bodyType =
          content.containsKey("application/json")
              ? "application/json"
              : content.keySet().iterator().next();
      JsonObject media = content.getJsonObject(bodyType);
      body = media.containsKey("schema") ? resolve(media.getJsonObject("schema")) : null;
    }
    Set<String> answerTypes = new LinkedHashSet<>();
    JsonObject responses = op.getJsonObject("responses");
    if (responses != null) {
      responses
          .values()
          .forEach(
              r -> {
                JsonObject response = resolve(r.asJsonObject());
                if (response.containsKey("content")) {
                  answerTypes.addAll(response.getJsonObject("content").keySet());
                }
              });
    }
    JsonArray security = op.containsKey("security") ? op.getJsonArray("security") : defaultSecurity;
    boolean needsCaller =
        security != null
            && !security.isEmpty()
            && security.stream().noneMatch(s -> s.asJsonObject().isEmpty());
    return new Operation(
        method, path, List.copyOf(params), bodyType, body, answerTypes, needsCaller);
  }

  private List<Param> params(JsonArray array) {
    List<Param> params = new ArrayList<>();
    if (array != null) {
      for (JsonValue v : array) {
        JsonObject p = resolve(v.asJsonObject());
        JsonObject schema = p.containsKey("schema") ? resolve(p.getJsonObject("schema")) : null;
        String type = schema != null && schema.containsKey("type") ? schema.getString("type") : "";
        params.add(new Param(p.getString("name"), p.getString("in"), type));
      }
    }
    return params;
  }

  /** The schema (or parameter, or response) a {@code $ref} points to; others as they are. */
  JsonObject resolve(JsonObject node) {
    JsonObject current = node;
    for (int hops = 0; current.containsKey("$ref") && hops < 20; hops++) {
      String ref = current.getString("$ref");
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local references are followed: " + ref);
      }
      JsonValue target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
      }
      current = target.asJsonObject();
    }
    return current;
  }

  /** The properties of an object schema (with allOf merged), each resolved. */
  Map<String, JsonObject> properties(JsonObject schema) {
    Map<String, JsonObject> properties = new LinkedHashMap<>();
    JsonObject s = resolve(schema);
    if (s.containsKey("allOf")) {
      s.getJsonArray("allOf").forEach(part -> properties.putAll(properties(part.asJsonObject())));
    }
    if (s.containsKey("properties")) {
      s.getJsonObject("properties").forEach((k, v) -> properties.put(k, resolve(v.asJsonObject())));
    }
    return properties;
  }
}
