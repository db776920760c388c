package io.booking.e2e;

import io.booking.e2e.OpenApi.Operation;
import io.booking.e2e.OpenApi.Param;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Generates requests for the operations of the OpenAPI document: valid-looking ones and hostile
 * variants of them (bad path, query and header values, malformed or ill-typed JSON, extreme numbers
 * and dates, injection strings, huge strings, forged tokens). Everything comes from one seeded
 * {@link Random}, so a seed names one list of requests.
 *
 * <p>Nothing generated touches data the test does not own: writes name the test's own venue,
 * offering, slots, reservation, staff and applications (or ids that exist nowhere), and the demo
 * accounts' tokens are sent with reads only. Sign-ins that would count as failures are kept under
 * the platform's limit per client address, so the tests that run after this one can still sign in.
 */
@SuppressWarnings("unchecked")
final class HostileRequests {

  /** One request to send and how to judge its answer. */
  record Probe(
      Operation op,
      String variant,
      String method,
      String target,
      List<String[]> headers,
      byte[] body,
      boolean authenticated,
      boolean beforeTheContainer,
      String expectation,
      IntPredicate expected) {}

  /** A JSON fragment written as it stands (numbers, literals, broken text). */
  private record Raw(String json) {}

  private static final String NOWHERE = "999999";
  private static final int SIGN_IN_FAILURES = 5;
  private static final int SIGN_INS = 25;
  private static final int REGISTRATIONS = 15;

  private final OpenApi api;
  private final List<Operation> ops;
  private final HostileWorld world;
  private final Random rnd;
  private final LocalDate today;
  private int signInFailures;
  private int signIns;
  private int registrations;
  private int names;

  HostileRequests(OpenApi api, List<Operation> ops, HostileWorld world, long seed) {
    this.api = api;
    this.ops = ops;
    this.world = world;
    this.rnd = new Random(seed);
    this.today = LocalDate.now(world.zone());
  }

  List<Probe> generate(int count) {
    List<Probe> probes = new ArrayList<>(pinned());
    while (probes.size() < count) {
      probes.add(next(ops.get(rnd.nextInt(ops.size()))));
    }
    return probes.subList(0, Math.min(count, probes.size()));
  }

  /** The cases issue 10 names, in every run whatever the seed, with the answer each must get. */
  private List<Probe> pinned() {
    List<Probe> pinned = new ArrayList<>();
    IntPredicate refused = s -> s == 400 || s == 422;
    IntPredicate notFoundOrRefused = s -> s == 400 || s == 404;
    for (Operation op : ops) {
      String p = op.path();
      if (op.method().equals("GET") && p.equals("/api/v1/venues")) {
        pinned.add(query(op, "page", "2147483647", "page=2^31-1", refused));
        pinned.add(query(op, "page", "%EF%BC%91", "page=unicode-digit", refused));
        pinned.add(query(op, "size", "%EF%BC%95", "size=unicode-digit", refused));
      }
      if (op.method().equals("GET") && p.equals("/api/v1/venues/{venueId}")) {
        Draft d = own(op);
        d.path.put("venueId", "%EF%BC%92");
        pinned.add(d.variant("path venueId=unicode-digit").expect(notFoundOrRefused).probe());
      }
      for (Param q : op.in("query")) {
        if (q.name().equals("date") || q.name().equals("from") || q.name().equals("to")) {
          pinned.add(query(op, q.name(), "%2B999999999-12-31", "date=+999999999", refused));
          pinned.add(query(op, q.name(), "-999999999-01-01", "date=-999999999", refused));
        }
      }
      if (op.method().equals("POST") && p.equals("/api/v1/reservations")) {
        long slot = world.slots().get(0);
        pinned.add(body(op, "slotId", new Raw(slot + ".5"), "slotId=1.5", s -> s == 400));
        pinned.add(
            body(op, "slotId", new Raw("9223372036854775808"), "slotId=2^63", s -> s == 400));
        pinned.add(body(op, "slotId", new Raw("1e309"), "slotId=1e309", s -> s == 400));
        pinned.add(body(op, "partySize", new Raw("1.5"), "partySize=1.5", s -> s == 400));
        pinned.add(body(op, "slotId", "" + slot, "slotId=string", s -> s == 400));
      }
      if (op.method().equals("POST") && p.endsWith("/offerings") && op.body() != null) {
        Draft d = own(op);
        ((Map<String, Object>) d.json).put("price", price(new Raw("1e20")));
        pinned.add(d.variant("body price.amount=1e20").expect(refused).probe());
      }
      if (op.reads() && op.in("path").isEmpty() && op.in("query").isEmpty()) {
        pinned.add(header(op, "Accept", ";;;", "accept=;;;"));
        pinned.add(optionsOf(op));
      }
      if (op.body() != null) {
        pinned.add(header(op, "Content-Type", "", "content-type=empty"));
      }
      if (op.method().equals("GET") || op.method().equals("DELETE")) {
        pinned.add(bodyOnRead(op));
      }
    }
    Operation any = ops.get(0);
    Draft wadl = base(any);
    wadl.method = "GET";
    wadl.json = null;
    wadl.raw = null;
    wadl.fixedTarget = "/api/application.wadl";
    wadl.token = "none";
    pinned.add(wadl.variant("wadl").expect(s -> s == 404).probe());
    for (Operation op : ops) {
      if (op.path().startsWith("/api/v1/merchant/venues/{venueId}") && op.reads()) {
        Draft d = base(op);
        d.token = "forged";
        d.suffix = "/..";
        pinned.add(d.variant("path ends /..").probe());
      }
      if (!op.in("path").isEmpty() && op.reads()) {
        Draft d = base(op);
        d.path.put(op.in("path").get(0).name(), "1%00");
        d.beforeTheContainer = true;
        pinned.add(d.variant("path %00").probe());
        Draft big = base(op);
        big.headers.add(new String[] {"X-Padding", "a".repeat(9000)});
        big.beforeTheContainer = true;
        pinned.add(big.variant("header oversized").probe());
        break;
      }
    }
    return pinned;
  }

  private Probe next(Operation op) {
    int dice = rnd.nextInt(100);
    if (dice < 25) {
      return base(op).variant("valid").probe();
    }
    if (dice < 37 && !op.in("path").isEmpty()) {
      return pathVariant(op);
    }
    if (dice < 49 && !op.in("query").isEmpty()) {
      return queryVariant(op);
    }
    if (dice < 70 && op.body() != null) {
      return bodyVariant(op);
    }
    if (dice < 82) {
      return headerVariant(op);
    }
    if (dice < 94) {
      return tokenVariant(op);
    }
    return special(op);
  }

  // --- path, query and header values ------------------------------------------------------

  private static final String[][] PATH_VALUES = {
    {"1.5", "1.5"},
    {"2^63", "9223372036854775808"},
    {"-2^63-1", "-9223372036854775809"},
    {"-1", "-1"},
    {"0", "0"},
    {"1e309", "1e309"},
    {"abc", "abc"},
    {"sql", "%27%20OR%20%271%27%3D%271"},
    {"plus", "%2B1"},
    {"space", "%201"},
    {"hex", "0x10"},
    {"leading-zeros", "00000000000000000001"},
    {"long-digits", "9".repeat(3000)},
    {"script", "%3Cscript%3E"},
    {"percent", "%25"},
    {"encoded-slash", "1%2F2"},
    {"matrix", "1;x=2"},
    {"null", "null"},
    {"unicode-digits", "%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99"},
    {"arabic-digits", "%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9"},
  };

  private Probe pathVariant(Operation op) {
    List<Param> params = op.in("path");
    Param p = params.get(rnd.nextInt(params.size()));
    String[] v = PATH_VALUES[rnd.nextInt(PATH_VALUES.length)];
    Draft d = base(op);
    d.path.put(p.name(), v[1]);
    return d.variant("path " + p.name() + "=" + v[0]).probe();
  }

  private static final String[][] QUERY_VALUES = {
    {"unicode-digit", "%EF%BC%91"},
    {"2^31-1", "2147483647"},
    {"2^31", "2147483648"},
    {"2^63", "9223372036854775808"},
    {"-1", "-1"},
    {"0", "0"},
    {"1.5", "1.5"},
    {"1e309", "1e309"},
    {"date+999999999", "%2B999999999-12-31"},
    {"date-999999999", "-999999999-01-01"},
    {"date-9999", "9999-12-31"},
    {"date-0000", "0000-01-01"},
    {"feb-30", "2026-02-30"},
    {"unicode-date", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01-01"},
    {"sql", "%27%20OR%20%271%27%3D%271"},
    {"script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"},
    {"huge", "a".repeat(4000)},
    {"empty", ""},
    {"nul", "%00"},
    {"nan-pair", "NaN,NaN"},
    {"inf-pair", "1e309,1e309"},
    {"out-of-range-pair", "91,181"},
    {"rtl", "%E2%80%AE"},
    {"percent", "%25"},
  };

  private Probe queryVariant(Operation op) {
    List<Param> params = op.in("query");
    Param p = params.get(rnd.nextInt(params.size()));
    String[] v = QUERY_VALUES[rnd.nextInt(QUERY_VALUES.length)];
    Draft d = base(op);
    d.query.removeIf(q -> q[0].equals(p.name()));
    d.query.add(new String[] {p.name(), v[1]});
    if (rnd.nextInt(10) == 0) {
      d.query.add(new String[] {p.name(), "1"});
      return d.variant("query " + p.name() + "=" + v[0] + " twice").probe();
    }
    return d.variant("query " + p.name() + "=" + v[0]).probe();
  }

  private Probe query(Operation op, String name, String value, String label, IntPredicate ok) {
    Draft d = own(op);
    d.query.removeIf(q -> q[0].equals(name));
    d.query.add(new String[] {name, value});
    return d.variant("query " + name + " " + label).expect(ok).probe();
  }

  private Probe header(Operation op, String name, String value, String label) {
    Draft d = base(op);
    d.headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    d.headers.add(new String[] {name, value});
    return d.variant("header " + label).probe();
  }

  private Probe bodyOnRead(Operation op) {
    Draft d = base(op);
    d.raw = "{\"slotId\":1}".getBytes(StandardCharsets.UTF_8);
    d.headers.add(new String[] {"Content-Type", "application/json"});
    return d.variant("body on " + op.method()).probe();
  }

  private Probe optionsOf(Operation op) {
    Draft d = base(op);
    d.method = "OPTIONS";
    d.json = null;
    d.raw = null;
    return d.variant("OPTIONS").probe();
  }

  private static final String[][] HEADERS = {
    {"Accept", ";;;", "accept=;;;"},
    {"Accept", "application/json; q=abc", "accept=q-abc"},
    {"Accept", "*/", "accept=*/"},
    {"Accept", "text/html", "accept=html"},
    {"Accept", "application/xml", "accept=xml"},
    {"Accept", "", "accept=empty"},
    {"Accept", "application/json;q=2.0, */*;q=-1", "accept=bad-q"},
    {"Content-Type", "", "content-type=empty"},
    {"Content-Type", "garbage", "content-type=garbage"},
    {"Content-Type", "application/json; charset=bogus", "content-type=bad-charset"},
    {"Content-Type", "text/plain", "content-type=text"},
    {"Content-Type", "application/x-www-form-urlencoded", "content-type=form"},
    {"Content-Type", "multipart/form-data", "content-type=multipart"},
    {"Content-Type", "application/json;;", "content-type=json;;"},
    {"Idempotency-Key", "k".repeat(5000), "idempotency-key=huge"},
    {"Idempotency-Key", "' OR '1'='1", "idempotency-key=sql"},
    {"Idempotency-Key", "", "idempotency-key=empty"},
    {"X-Forwarded-For", "' OR 1=1, 300.1.1.1, ::ffff:bogus", "x-forwarded-for=garbage"},
    {"Cookie", "JSESSIONID=forged; JSESSIONID=again", "cookie=forged-session"},
    {"Accept-Language", "xx-;;;q=abc", "accept-language=garbage"},
    {"Accept-Charset", "bogus", "accept-charset=bogus"},
  };

  private Probe headerVariant(Operation op) {
    int pick = rnd.nextInt(HEADERS.length + 3);
    if (pick == HEADERS.length && (op.method().equals("GET") || op.method().equals("DELETE"))) {
      return bodyOnRead(op);
    }
    if (pick == HEADERS.length + 1 && op.body() != null) {
      Draft d = base(op);
      d.headers.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
      return d.variant("header content-type=missing").probe();
    }
    if (pick >= HEADERS.length) {
      Draft d = base(op);
      d.token = sparingDemoSettings(op, WRITE_KINDS.get(1 + rnd.nextInt(WRITE_KINDS.size() - 1)));
      d.extraAuthorization = "Bearer " + forged();
      return d.variant("header authorization=twice").probe();
    }
    String[] h = HEADERS[pick];
    return header(op, h[0], h[1], h[2]);
  }

  // --- tokens -------------------------------------------------------------------------------

  private static final List<String> NOT_SIGNED_IN =
      List.of(
          "none",
          "garbage",
          "forged",
          "alg-none",
          "expired",
          "tampered",
          "wrong-issuer",
          "basic",
          "empty-bearer",
          "huge-bearer");

  private Probe tokenVariant(Operation op) {
    Draft d = base(op);
    if (rnd.nextInt(12) == 0) {
      d.token = "lowercase-bearer";
      return d.variant("token lowercase-bearer").probe();
    }
    d.token = NOT_SIGNED_IN.get(rnd.nextInt(NOT_SIGNED_IN.size()));
    return d.variant("token " + d.token).probe();
  }

  private String authorization(String kind, String audience) {
    return switch (kind) {
      case "none" -> null;
      case "garbage" -> "Bearer x";
      case "forged" -> "Bearer " + forged();
      case "alg-none" ->
          "Bearer "
              + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}")
              + "."
              + b64(claims("booking-platform", 4102444800L))
              + ".";
      case "expired" -> "Bearer " + signed(claims("booking-platform", 946684800L));
      case "wrong-issuer" -> "Bearer " + signed(claims("someone-else", 4102444800L));
      case "tampered" -> {
        String[] parts = world.tokens().get("customer").split("\\.");
        yield "Bearer "
            + parts[0]
            + "."
            + b64(claims("booking-platform", 4102444800L))
            + "."
            + parts[2];
      }
      case "basic" ->
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("admin:demo-2026".getBytes(StandardCharsets.UTF_8));
      case "empty-bearer" -> "Bearer ";
      case "huge-bearer" -> "Bearer " + "A".repeat(6000);
      case "lowercase-bearer" ->
          "bearer " + world.tokens().get(audience.equals("none") ? "customer" : audience);
      default -> "Bearer " + world.tokens().get(kind);
    };
  }

  private static String claims(String issuer, long expires) {
    return "{\"iss\":\""
        + issuer
        + "\",\"sub\":\"1\",\"upn\":\"admin\",\"groups\":[\"ADMIN\",\"MERCHANT\",\"STAFF\","
        + "\"CUSTOMER\"],\"iat\":946684800,\"exp\":"
        + expires
        + ",\"jti\":\"hostile\"}";
  }

  private String forged() {
    return b64("{\"alg\":\"HS256\"}") + "." + b64(claims("booking-platform", 4102444800L)) + ".x";
  }

  /** Signed with a key the platform has never seen. */
  private static String signed(String claims) {
    String unsigned = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec("not the platform's key, 32 bytes!".getBytes(), "HmacSHA256"));
      return unsigned
          + "."
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  // --- special requests ---------------------------------------------------------------------

  private Probe special(Operation op) {
    Draft d = base(op);
    switch (rnd.nextInt(7)) {
      case 0 -> {
        return optionsOf(op);
      }
      case 1 -> {
        d.method = "PATCH";
        return d.variant("method PATCH").probe();
      }
      case 2 -> {
        d.suffix = "/";
        return d.variant("path trailing /").probe();
      }
      case 3 -> {
        d.token = NOT_SIGNED_IN.get(rnd.nextInt(NOT_SIGNED_IN.size()));
        d.suffix = "/..";
        return d.variant("path ends /..").probe();
      }
      case 4 -> {
        d.prefixDoubleSlash = true;
        return d.variant("path //").probe();
      }
      case 5 -> {
        d.method = "HEAD";
        d.json = null;
        d.raw = null;
        return d.variant("method HEAD").probe();
      }
      default -> {
        d.query.add(new String[] {"unknown", "%27%22%3C%3E"});
        return d.variant("query unknown parameter").probe();
      }
    }
  }

  // --- bodies -------------------------------------------------------------------------------

  private static final String[][] NUMBERS = {
    {"1.5", "1.5"},
    {"2^63", "9223372036854775808"},
    {"-2^63-1", "-9223372036854775809"},
    {"2^31", "2147483648"},
    {"1e309", "1e309"},
    {"-1e309", "-1e309"},
    {"1e20", "1e20"},
    {"-1", "-1"},
    {"0", "0"},
    {"-0", "-0"},
    {"1E-400", "1E-400"},
    {"1e999999999", "1e999999999"},
    {"1e-999999999", "1e-999999999"},
    {"long-digits", "9".repeat(400)},
    {"1.0e2", "1.0e2"},
  };

  private static final String[][] STRINGS = {
    {"empty", "\"\""},
    {"blank", "\"   \""},
    {"sql", "\"' OR '1'='1' --\""},
    {"sql-drop", "\"1; DROP TABLE account; --\""},
    {"script", "\"<script>alert(1)</script>\""},
    {"el", "\"#{facesContext.externalContext}\""},
    {"jndi", "\"${jndi:ldap://127.0.0.1/x}\""},
    {"path", "\"../../../../etc/passwd\""},
    {"nul", "\"a\\u0000b\""},
    {"lone-surrogate", "\"\\ud800\""},
    {"unicode-digits", "\"\uFF11\uFF12\""},
    {"rtl", "\"\\u202egnp.exe\""},
    {"emoji", "\"\uD83D\uDE42\""},
    {"date+999999999", "\"+999999999-12-31\""},
    {"date-999999999", "\"-999999999-01-01\""},
    {"feb-30", "\"2026-02-30\""},
    {"time-25:61", "\"25:61\""},
    {"number-as-string", "\"12\""},
    {"huge", "\"" + "A".repeat(100_000) + "\""},
  };

  private static final String[][] OTHERS = {
    {"null", "null"},
    {"true", "true"},
    {"[]", "[]"},
    {"{}", "{}"},
    {"[1,2]", "[1,2]"},
    {"operator", "{\"$ne\":null}"},
    {"deep-nesting", "[".repeat(3000) + "]".repeat(3000)},
  };

  private static final String[][] WHOLE_BODIES = {
    {"empty", ""},
    {"{", "{"},
    {"[]", "[]"},
    {"null", "null"},
    {"string", "\"x\""},
    {"number", "42"},
    {"missing-value", "{\"a\":}"},
    {"single-quotes", "{'a':1}"},
    {"trailing-comma", "{\"a\":1,}"},
    {"comment", "/* c */ {}"},
    {"{}", "{}"},
    {"deep-nesting", "[".repeat(100_000)},
    {"deep-objects", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)},
  };

  private Probe bodyVariant(Operation op) {
    Draft d = base(op);
    int k = rnd.nextInt(100);
    if (k < 25) {
      int pick = rnd.nextInt(WHOLE_BODIES.length + 3);
      if (pick == WHOLE_BODIES.length) {
        d.raw = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        return d.variant("body invalid-utf8").probe();
      }
      if (pick == WHOLE_BODIES.length + 1) {
        d.raw = ("\uFEFF" + json(d.json)).getBytes(StandardCharsets.UTF_8);
        return d.variant("body with-bom").probe();
      }
      if (pick == WHOLE_BODIES.length + 2 && d.json instanceof Map<?, ?> m && !m.isEmpty()) {
        String text = json(d.json);
        Map.Entry<?, ?> first = m.entrySet().iterator().next();
        String duplicate = "\"" + first.getKey() + "\":" + json(first.getValue()) + ",";
        d.raw = ("{" + duplicate + text.substring(1)).getBytes(StandardCharsets.UTF_8);
        return d.variant("body duplicate-key").probe();
      }
      String[] w = WHOLE_BODIES[pick % WHOLE_BODIES.length];
      d.raw = w[1].getBytes(StandardCharsets.UTF_8);
      return d.variant("body " + w[0]).probe();
    }
    List<List<Object>> leaves = new ArrayList<>();
    leaves(d.json, new ArrayList<>(), leaves);
    if (leaves.isEmpty()) {
      d.raw = "{".getBytes(StandardCharsets.UTF_8);
      return d.variant("body {").probe();
    }
    List<Object> path = leaves.get(rnd.nextInt(leaves.size()));
    Object old = get(d.json, path);
    String[][] table;
    int t = rnd.nextInt(10);
    if (old instanceof Raw && t < 7 || old instanceof String && t < 2) {
      table = NUMBERS;
    } else if (old instanceof String && t < 8 || old instanceof Raw && t < 8) {
      table = STRINGS;
    } else {
      table = OTHERS;
    }
    String[] v = table[rnd.nextInt(table.length)];
    String field = fieldName(path);
    Object value = new Raw(v[1]);
    if (table == NUMBERS && v[0].equals("1.5") && field.endsWith("Id") && old instanceof Raw r) {
      value = new Raw(r.json() + ".5");
    }
    set(d, path, value);
    if (op.path().endsWith("/auth/token")) {
      keepSignInFailuresFew(d);
    }
    return d.variant("body " + field + "=" + v[0]).probe();
  }

  private Probe body(Operation op, String field, Object value, String label, IntPredicate ok) {
    Draft d = own(op);
    ((Map<String, Object>) d.json).put(field, value);
    return d.variant("body " + label).expect(ok).probe();
  }

  private static Map<String, Object> price(Object amount) {
    Map<String, Object> price = new LinkedHashMap<>();
    price.put("amount", amount);
    price.put("currency", "EUR");
    return price;
  }

  /**
   * Sign-in failures count per client address (20 lock everyone on 127.0.0.1 out for 15 minutes): a
   * request that might fail on its password gets an empty one (refused before any counting), but
   * for a few.
   */
  private void keepSignInFailuresFew(Draft d) {
    if (!(d.json instanceof Map<?, ?> m)) {
      return;
    }
    Object password = m.get("password");
    boolean ownAccount = world.customerName().equals(m.get("username"));
    boolean rightPassword = Api.PASSWORD.equals(password);
    boolean refusedBeforeCounting =
        password == null
            || "".equals(password)
            || password instanceof Raw r && r.json().equals("null");
    boolean counts = !refusedBeforeCounting && !(ownAccount && rightPassword);
    if (counts && signInFailures++ >= SIGN_IN_FAILURES) {
      ((Map<String, Object>) d.json).put("password", "");
    }
  }

  private static void leaves(Object node, List<Object> at, List<List<Object>> out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            List<Object> p = new ArrayList<>(at);
            p.add(k);
            out.add(p);
            leaves(v, p, out);
          });
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        List<Object> p = new ArrayList<>(at);
        p.add(i);
        out.add(p);
        leaves(l.get(i), p, out);
      }
    }
  }

  private static Object get(Object node, List<Object> path) {
    Object current = node;
    for (Object step : path) {
      current =
          step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static void set(Draft d, List<Object> path, Object value) {
    Object parent = get(d.json, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer i) {
      ((List<Object>) parent).set(i, value);
    } else {
      ((Map<String, Object>) parent).put((String) last, value);
    }
  }

  private static String fieldName(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        b.append("[]");
      } else {
        b.append(b.isEmpty() ? "" : ".").append(step);
      }
    }
    return b.toString();
  }

  // --- valid-looking requests ---------------------------------------------------------------

  private static final List<String> WRITE_KINDS =
      List.of("none", "customer", "merchant", "staff", "admin");

  private static final List<String> READ_KINDS =
      List.of(
          "none",
          "customer",
          "merchant",
          "staff",
          "admin",
          "demo-diner",
          "demo-merchant",
          "demo-staff");

  /**
   * The demo admin's platform settings (commission rates) are shared by every test: a hostile write
   * to them goes out with a customer's token and is refused, instead of changing them for the rest.
   */
  private static String sparingDemoSettings(Operation op, String kind) {
    return !op.reads() && op.path().startsWith("/api/v1/admin/") && kind.equals("admin")
        ? "customer"
        : kind;
  }

  /** Who a valid call of the operation comes from. */
  private static String audience(Operation op) {
    String p = op.path();
    if (p.contains("/merchant-applications")) {
      return op.method().equals("POST") && !p.contains("{") ? "customer" : "admin";
    }
    if (p.contains("/merchant/")) {
      return "merchant";
    }
    if (p.contains("/staff/")) {
      return "staff";
    }
    if (p.contains("/reservations") || p.contains("/accounts/me")) {
      return "customer";
    }
    return op.needsCaller() ? "customer" : "none";
  }

  /** A valid-looking request from the operation's own audience, about the test's own things. */
  private Draft own(Operation op) {
    Draft d = base(op);
    d.token = audience(op);
    for (Param p : op.in("path")) {
      d.path.put(p.name(), ownPathValue(op, p.name()));
    }
    return d;
  }

  private Draft base(Operation op) {
    Draft d = new Draft(op);
    String audience = audience(op);
    if (rnd.nextInt(100) < 75) {
      d.token = audience;
    } else {
      List<String> kinds = op.reads() ? READ_KINDS : WRITE_KINDS;
      d.token = sparingDemoSettings(op, kinds.get(rnd.nextInt(kinds.size())));
    }
    for (Param p : op.in("path")) {
      d.path.put(p.name(), pathValue(op, p.name()));
    }
    for (Param p : op.in("query")) {
      if (rnd.nextInt(100) < 60) {
        d.query.add(new String[] {p.name(), queryValue(p.name())});
      }
    }
    for (Param p : op.in("header")) {
      if (p.name().equalsIgnoreCase("Idempotency-Key") && rnd.nextInt(100) < 70) {
        d.headers.add(new String[] {p.name(), "hx-" + Long.toHexString(rnd.nextLong())});
      }
    }
    String accept =
        op.answerTypes().stream()
            .filter(t -> !t.contains("json"))
            .findFirst()
            .orElse("application/json");
    d.headers.add(new String[] {"Accept", accept.equals("*/*") ? "application/json" : accept});
    if (op.body() != null) {
      if (op.bodyType().contains("json")) {
        d.json = value(op, "", op.body(), 0);
        d.headers.add(new String[] {"Content-Type", op.bodyType()});
      } else {
        d.raw = PNG;
        d.headers.add(new String[] {"Content-Type", "image/png"});
      }
    }
    return d;
  }

  /** A 1x1 PNG: what a venue photo upload needs. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** Mostly the test's own things; for reads, sometimes the demo's; now and then nothing's. */
  private String pathValue(Operation op, String name) {
    int r = rnd.nextInt(100);
    if (r < 8) {
      return NOWHERE;
    }
    if (op.reads() && r < 40 && name.equals("venueId")) {
      return "" + pick(world.demoVenues());
    }
    if (op.reads() && r < 40 && name.equals("offeringId")) {
      return "" + pick(world.demoOfferings());
    }
    return ownPathValue(op, name);
  }

  private String ownPathValue(Operation op, String name) {
    return switch (name) {
      case "venueId" -> "" + world.venue();
      case "offeringId" -> "" + world.offering();
      case "reservationId" -> "" + world.reservation();
      case "id" ->
          op.path().contains("merchant-applications")
              ? "" + pick(world.applications())
              : "" + world.reservation();
      case "photoId" -> "1";
      case "accountId" -> "" + world.removableStaff();
      default -> "1";
    };
  }

  private String queryValue(String name) {
    return switch (name) {
      case "date", "from" -> today.plusDays(rnd.nextInt(4)).toString();
      case "to" -> today.plusDays(3 + rnd.nextInt(5)).toString();
      case "offeringId" -> "" + world.offering();
      case "page" -> "" + rnd.nextInt(3);
      case "size" -> "" + (1 + rnd.nextInt(50));
      case "q" -> pick(List.of("Bistro", "Yoga", "Probe", "Dumpling"));
      case "city" -> pick(List.of("Berlin", "Shanghai", "Testville"));
      case "category" -> pick(List.of("RESTAURANT", "FITNESS", "sports"));
      case "near" -> pick(List.of("52.52,13.40", "31.23,121.47"));
      default -> "1";
    };
  }

  private Object value(Operation op, String name, JsonObject schema, int depth) {
    JsonObject s = api.resolve(schema);
    String type = s.containsKey("type") ? s.getString("type") : "object";
    if (type.equals("object") || s.containsKey("properties")) {
      Map<String, Object> object = new LinkedHashMap<>();
      if (depth < 4) {
        api.properties(s).forEach((k, v) -> object.put(k, value(op, k, v, depth + 1)));
      }
      if (op.path().endsWith("/accounts") && object.containsKey("username")) {
        String username = registrations++ < REGISTRATIONS ? newName() : world.customerName();
        object.put("username", username);
        object.put("email", username + "@example.com");
      }
      if (op.path().endsWith("/auth/token") && object.containsKey("password")) {
        object.put("username", world.customerName());
        object.put("password", signIns++ < SIGN_INS ? Api.PASSWORD : "");
      }
      return object;
    }
    if (type.equals("array")) {
      List<Object> list = new ArrayList<>();
      switch (name) {
        case "days" -> list.addAll(List.of("MON", "FRI"));
        case "blackoutDates" -> list.add(today.plusDays(40).toString());
        default -> {
          JsonObject items = s.containsKey("items") ? s.getJsonObject("items") : null;
          if (items != null && depth < 4) {
            list.add(value(op, singular(name), items, depth + 1));
          }
        }
      }
      return list;
    }
    return leaf(name, type);
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private Object leaf(String name, String type) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "slotid":
        return new Raw("" + pick(world.slots()));
      case "partysize":
        return new Raw("" + (1 + rnd.nextInt(2)));
      case "latitude":
        return new Raw("52.52");
      case "longitude":
        return new Raw("13.40");
      case "amount":
        return new Raw("12.50");
      case "durationminutes", "intervalminutes":
        return new Raw("60");
      case "capacity":
        return new Raw("20");
      case "maxpartysize":
        return new Raw("4");
      case "cancellationhours":
        return new Raw("2");
      case "leadminutes":
        return new Raw("0");
      case "horizondays":
        return new Raw("14");
      case "username":
        return world.customerName();
      case "password":
        return Api.PASSWORD;
      case "email":
        return world.customerName() + "@example.com";
      case "displayname":
        return "Probe Person";
      case "name":
        return "Probe " + (++names);
      case "category":
        return "FITNESS";
      case "description":
        return "Generated by HostileInputIT";
      case "street":
        return "1 Probe Street";
      case "district":
        return "Centre";
      case "city":
        return "Testville";
      case "timezone":
        return world.zone().getId();
      case "currency":
        return "EUR";
      case "code":
        return rnd.nextBoolean() ? world.code() : "ZZZZ-ZZZZ";
      case "guestname":
        return "Walk In";
      case "reason":
        return "Checked by the test";
      case "businessname":
        return "Probe GmbH";
      case "contact":
        return "+49 30 1";
      case "licencenumber":
        return "HRB 1";
      case "day":
        return "MON";
      case "opens":
        return "09:00";
      case "closes":
        return "18:00";
      case "firststart":
        return "18:00";
      case "laststart":
        return "20:00";
      case "date":
      case "blackoutdate":
        return today.plusDays(1 + rnd.nextInt(10)).toString();
      default:
        return switch (type) {
          case "integer", "number" -> new Raw("1");
          case "boolean" -> new Raw("true");
          default -> "x";
        };
    }
  }

  private String newName() {
    return "hxr" + (registrations) + world.suffix();
  }

  private <T> T pick(List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  /** JSON text of a body tree: maps, lists, strings and raw fragments. */
  static String json(Object node) {
    if (node == null) {
      return "null";
    }
    if (node instanceof Raw r) {
      return r.json();
    }
    if (node instanceof String s) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          default -> {
            if (c < 0x20) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      return b.append('"').toString();
    }
    if (node instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      m.forEach(
          (k, v) -> {
            if (b.length() > 1) {
              b.append(',');
            }
            b.append(json(String.valueOf(k))).append(':').append(json(v));
          });
      return b.append('}').toString();
    }
    if (node instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (Object v : l) {
        if (b.length() > 1) {
          b.append(',');
        }
        b.append(json(v));
      }
      return b.append(']').toString();
    }
    throw new IllegalArgumentException("not a body node: " + node);
  }

  /** A request being put together. */
  private final class Draft {
    final Operation op;
    String variant;
    String method;
    String token = "none";
    String extraAuthorization;
    final Map<String, String> path = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final List<String[]> headers = new ArrayList<>();
    Object json;
    byte[] raw;
    String suffix = "";
    String fixedTarget;
    boolean prefixDoubleSlash;
    boolean beforeTheContainer;
    String expectation;
    IntPredicate expected;

    Draft(Operation op) {
      this.op = op;
      this.method = op.method();
    }

    Draft variant(String name) {
      this.variant = name;
      return this;
    }

    Draft expect(IntPredicate ok) {
      this.expected = ok;
      this.expectation = "the status issue 10 asks for";
      return this;
    }

    Probe probe() {
      String target = fixedTarget;
      if (target == null) {
        target = op.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
          target = target.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (prefixDoubleSlash) {
          target = target.replaceFirst("^/api/", "/api//");
        }
        target += suffix;
        StringBuilder q = new StringBuilder();
        for (String[] p : query) {
          q.append(q.isEmpty() ? "?" : "&").append(p[0]).append('=').append(p[1]);
        }
        target += q;
      }
      List<String[]> all = new ArrayList<>(headers);
      String authorization = authorization(token, audience(op));
      if (authorization != null) {
        all.add(new String[] {"Authorization", authorization});
      }
      if (extraAuthorization != null) {
        all.add(new String[] {"Authorization", extraAuthorization});
      }
      byte[] body =
          raw != null
              ? raw
              : json != null && !method.equals("OPTIONS") && !method.equals("HEAD")
                  ? json(json).getBytes(StandardCharsets.UTF_8)
                  : null;
      if (body == null) {
        all.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
      }
      boolean signedIn = world.tokens().containsKey(token) || token.equals("lowercase-bearer");
      return new Probe(
          op,
          variant,
          method,
          target,
          List.copyOf(all),
          body,
          signedIn,
          beforeTheContainer,
          expectation,
          expected);
    }
  }
}
