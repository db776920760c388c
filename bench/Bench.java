import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking benchmark (run through bench/run.sh). It opens its own venues, offerings, slots and
 * customers through the API of a running EAR on MySQL/MariaDB, stores 100,000 bookings at the venue
 * whose availability it reads, drives the API with wrk, measures the same SQL through raw JDBC with
 * as many threads in the same run, and prints every figure with its ratio. Afterwards it checks
 * that no slot is oversold. With --soak N it books N times and watches the old generation after
 * full collections instead.
 *
 * <p>Loopback only: the base URL must be 127.0.0.1 or localhost.
 */
public class Bench {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final String base;
  final String jdbcUrl;
  final long pid;
  final int seconds;
  final Path work;
  final String run = UUID.randomUUID().toString().substring(0, 6);
  final List<String> tokens = new ArrayList<>();
  final List<Long> accountIds = new ArrayList<>();
  long availabilityVenue;
  long loadVenue;
  long hotSlot;
  List<Long> spreadSlots;
  List<Long> prepaidSlots;
  List<Long> availabilitySlots;
  long maxRssKb;

  Bench(Map<String, String> opts) {
    base = opts.getOrDefault("base", "http://127.0.0.1:28080");
    String host = URI.create(base).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
      throw new IllegalArgumentException("the benchmark only talks to loopback, not " + host);
    }
    jdbcUrl = opts.get("jdbc");
    pid = Long.parseLong(opts.getOrDefault("pid", "0"));
    seconds = Integer.parseInt(opts.getOrDefault("seconds", "15"));
    work = Path.of(opts.getOrDefault("work", "bench/target"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Bench bench = new Bench(opts);
    Files.createDirectories(bench.work);
    bench.seed();
    if (opts.containsKey("soak")) {
      bench.soak(Long.parseLong(opts.get("soak")));
    } else {
      bench.measure();
    }
  }

  // ---------------------------------------------------------------- seeding, through the API

  void seed() throws Exception {
    log("Seeding (run " + run + "): venues, offerings and schedules through the API...");
    String merchant = token("merchant", "demo-2026");
    // Where availability is read: 14 seatings a day for 14 days (about 195 slots).
    availabilityVenue = venue(merchant, "Bench Hall " + run);
    long tables = offering(merchant, availabilityVenue, "Bench table", 1_000, 14);
    schedule(merchant, tables, "08:00", "21:00", 60);
    // Where the load books: one hot slot with room for everyone, and 11,500 slots to spread over.
    loadVenue = venue(merchant, "Bench Arena " + run);
    long hot = offering(merchant, loadVenue, "Bench hot", 10_000, 3);
    schedule(merchant, hot, "12:00", "12:00", 60);
    long spread = offering(merchant, loadVenue, "Bench spread", 1_000, 180);
    schedule(merchant, spread, "08:00", "23:45", 15);
    // The same, paid in full online: each booking is HELD with a payment, and the (sandbox)
    // provider's checkout is opened after it commits.
    long prepaid = offering(merchant, loadVenue, "Bench prepaid", 1_000, 180,
        ",\"payment\":{\"mode\":\"PREPAID\"}");
    schedule(merchant, prepaid, "08:00", "23:45", 15);

    try (Connection db = db()) {
      hotSlot = ids(db, "SELECT id FROM slot WHERE offering_id = " + hot
          + " AND start_at > NOW() + INTERVAL 1 DAY ORDER BY start_at LIMIT 1").get(0);
      // The API caps a capacity at 10,000; a hot slot must not sell out during the run.
      try (Statement s = db.createStatement()) {
        s.executeUpdate("UPDATE slot SET capacity = 100000000 WHERE id = " + hotSlot);
      }
      spreadSlots = ids(db, "SELECT id FROM slot WHERE offering_id = " + spread
          + " AND start_at > NOW() + INTERVAL 1 DAY ORDER BY id");
      prepaidSlots = ids(db, "SELECT id FROM slot WHERE offering_id = " + prepaid
          + " AND start_at > NOW() + INTERVAL 1 DAY ORDER BY id");
      availabilitySlots = ids(db, "SELECT id FROM slot WHERE offering_id = " + tables
          + " AND start_at > NOW() + INTERVAL 1 HOUR ORDER BY id");
    }
    log("  hot slot " + hotSlot + ", " + spreadSlots.size() + " slots to spread over, "
        + availabilitySlots.size() + " slots at the availability venue");

    log("Registering 64 customers...");
    for (int i = 0; i < 64; i++) {
      String name = "bench" + run + "c" + i;
      HttpResponse<String> r = post("/api/v1/accounts", "{\"username\":\"" + name
          + "\",\"email\":\"" + name + "@bench.test\",\"password\":\"bench-password-1\","
          + "\"displayName\":\"Bench " + i + "\"}", null);
      check(r, 201);
      accountIds.add(Long.parseLong(field(r.body(), "id")));
      tokens.add(token(name, "bench-password-1"));
    }
    Files.write(work.resolve("tokens.txt"), tokens);
    Files.write(work.resolve("hot.txt"), List.of(String.valueOf(hotSlot)));
    Files.write(work.resolve("spread.txt"), spreadSlots.stream().map(String::valueOf).toList());
    Files.write(work.resolve("prepaid.txt"), prepaidSlots.stream().map(String::valueOf).toList());
  }

  long venue(String token, String name) throws Exception {
    HttpResponse<String> r = post("/api/v1/merchant/venues", "{\"name\":\"" + name
        + "\",\"category\":\"RESTAURANT\",\"description\":\"Benchmark venue\","
        + "\"street\":\"1 Load Street\",\"district\":\"Bench\",\"city\":\"Benchville\","
        + "\"latitude\":31.2,\"longitude\":121.4,\"timeZone\":\"Asia/Shanghai\","
        // 64 customers make tens of thousands of bookings in a day: lift the daily limit to its top
        // (older builds ignore the field).
        + "\"dailyBookingLimit\":10000}", token);
    check(r, 201);
    return Long.parseLong(field(r.body(), "id"));
  }

  long offering(String token, long venue, String name, int capacity, int horizonDays)
      throws Exception {
    return offering(token, venue, name, capacity, horizonDays, "");
  }

  /** {@code extra}: more fields of the offering, e.g. its payment terms. */
  long offering(String token, long venue, String name, int capacity, int horizonDays, String extra)
      throws Exception {
    HttpResponse<String> r = post("/api/v1/merchant/venues/" + venue + "/offerings", "{\"name\":\""
        + name + "\",\"durationMinutes\":15,\"capacity\":" + capacity + ",\"maxPartySize\":4,"
        + "\"price\":{\"amount\":50,\"currency\":\"CNY\"},\"cancellationHours\":2,"
        + "\"horizonDays\":" + horizonDays + extra + "}", token);
    check(r, 201);
    return Long.parseLong(field(r.body(), "id"));
  }

  void schedule(String token, long offering, String first, String last, int interval)
      throws Exception {
    HttpResponse<String> r = send(request("/api/v1/merchant/offerings/" + offering + "/schedule",
            token).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString("{\"rules\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\","
            + "\"FRI\",\"SAT\",\"SUN\"],\"firstStart\":\"" + first + "\",\"lastStart\":\"" + last
            + "\",\"intervalMinutes\":" + interval + "}],\"blackoutDates\":[],"
            + "\"extraOpenings\":[]}"))
        .build());
    check(r, 200);
  }

  String token(String username, String password) throws Exception {
    HttpResponse<String> r = post("/api/v1/auth/token",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    check(r, 200);
    return field(r.body(), "token");
  }

  // ---------------------------------------------------------------- the measured run

  /** The bookings a busy venue has: its availability is read with these in the table. */
  void storeBookingsAtAvailabilityVenue() throws Exception {
    log("Storing 100,000 bookings at the availability venue (raw JDBC, 4 threads)...");
    Raw stored = raw(availabilitySlots, 4, 0, 100_000);
    log(String.format(Locale.ROOT, "  stored %,d in %.1f s", stored.count, stored.seconds));
  }

  void measure() throws Exception {
    storeBookingsAtAvailabilityVenue();

    double statements = statementsPerBooking(1_000);
    double prepaidStatements = statementsPerBooking(500, prepaidSlots, "statements-prepaid.txt");
    warmUp();

    List<String[]> rows = new ArrayList<>();
    for (int connections : new int[] {8, 32}) {
      rows.add(compare("hot slot", "hot.txt", List.of(hotSlot), connections));
      rows.add(compare("spread", "spread.txt", spreadSlots, connections));
    }
    // Raw JDBC books these slots as it books the others (no payment): the ratio is the whole cost
    // of a paid booking (payment row, the checkout opened after commit) against the database.
    rows.add(compare("spread, prepaid", "prepaid.txt", prepaidSlots, 8));
    Wrk availability = wrk("get.lua", 8, availabilityPath());
    Wrk search = wrk("get.lua", 8, "/api/v1/venues");
    Oversold oversold = oversold();

    StringBuilder out = new StringBuilder();
    out.append("\n## Bookings (POST /api/v1/reservations, party of 1, wrk ")
        .append(seconds).append(" s each) vs the same SQL through raw JDBC\n\n")
        .append("| load | connections | API bookings/s | p50 ms | p99 ms | errors | raw JDBC/s "
            + "| raw p50 ms | raw p99 ms | ratio |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append("\n## Reads (8 connections)\n\n")
        .append("| read | req/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- | --- |\n")
        .append(readRow("availability, one venue, 14 days (" + availabilitySlots.size()
            + " slots, " + String.format(Locale.ROOT, "%,d", countAt(availabilityVenue))
            + " bookings stored)", availability))
        .append(readRow("search GET /api/v1/venues", search));
    out.append(String.format(Locale.ROOT, "%n## Server%n%n- statements per booking: %.1f (prepaid: %.1f)%n",
            statements, prepaidStatements))
        .append(String.format(Locale.ROOT, "- Payara RSS, highest seen under load: %,d MiB%n", maxRssKb / 1024))
        .append(String.format(Locale.ROOT, "- %s%n", heap()))
        .append(String.format(Locale.ROOT, "- MySQL driver statements on the heap (live): %s%n",
            histogramCount("com.mysql.cj.jdbc.ClientPreparedStatement")))
        .append(String.format(Locale.ROOT, "- oversold slots: %d, slots whose booked differs from their reservations: %d (of %,d slots, %,d reservations)%n",
            oversold.over, oversold.mismatched, oversold.slots, oversold.reservations));
    System.out.println(out);
    Files.writeString(work.resolve("report.md"), out.toString());
    if (oversold.over > 0 || oversold.mismatched > 0) {
      System.err.println("OVERSOLD: the benchmark found slots whose bookings do not add up");
      System.exit(2);
    }
  }

  String availabilityPath() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    return "/api/v1/venues/" + availabilityVenue + "/slots?from=" + LocalDate.now(zone)
        + "&to=" + LocalDate.now(zone).plusDays(13);
  }

  /**
   * The JIT needs about a minute of load before the server reaches its steady speed (a soak run's
   * first rounds go at half speed): every measured path is warmed first, and not counted.
   */
  void warmUp() throws Exception {
    log("Warming up for 120 s (bookings at the venue and prepaid, availability, search; not counted)...");
    wrk(60, "book.lua", 8, "/api/v1/reservations", "spread.txt");
    wrk(20, "book.lua", 8, "/api/v1/reservations", "prepaid.txt");
    wrk(20, "get.lua", 8, availabilityPath());
    wrk(20, "get.lua", 8, "/api/v1/venues");
  }

  String[] compare(String name, String slotsFile, List<Long> slots, int connections)
      throws Exception {
    log("API, " + name + ", " + connections + " connections...");
    Wrk api = wrk("book.lua", connections, "/api/v1/reservations", slotsFile);
    log("raw JDBC, " + name + ", " + connections + " threads...");
    Raw raw = raw(slots, connections, seconds, Long.MAX_VALUE);
    return new String[] {
      name,
      String.valueOf(connections),
      String.format(Locale.ROOT, "%,.0f", api.rps),
      ms(api.p50),
      ms(api.p99),
      String.valueOf(api.errors),
      String.format(Locale.ROOT, "%,.0f", raw.rps()),
      ms(raw.p50),
      ms(raw.p99),
      String.format(Locale.ROOT, "%.2f", api.rps / raw.rps())
    };
  }

  static String readRow(String name, Wrk w) {
    return String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %d |%n",
        name, w.rps, ms(w.p50), ms(w.p95), ms(w.p99), w.errors);
  }

  static String ms(double micros) {
    return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
  }

  // ---------------------------------------------------------------- the soak run

  void soak(long bookings) throws Exception {
    storeBookingsAtAvailabilityVenue();
    warmUp();
    Wrk before = wrk("get.lua", 8, availabilityPath());
    log("Soak: " + String.format(Locale.ROOT, "%,d", bookings)
        + " bookings over the spread slots, 8 connections; after each round a full GC");
    System.out.println("\n| bookings | bookings/s | old gen after full GC | JDBC statements on the heap | RSS MiB |");
    System.out.println("| --- | --- | --- | --- | --- |");
    long startCount = countAt(loadVenue);
    long done = 0;
    while (done < bookings) {
      Wrk round = wrk("book.lua", 8, "/api/v1/reservations", "spread.txt");
      done = countAt(loadVenue) - startCount;
      System.out.printf(Locale.ROOT, "| %,d | %,.0f | %s | %s | %,d |%n", done, round.rps,
          oldGenAfterFullGc(), histogramCount("com.mysql.cj.jdbc.ClientPreparedStatement"),
          rssKb() / 1024);
    }
    Wrk after = wrk("get.lua", 8, availabilityPath());
    System.out.println("\n| availability, 8 connections | req/s | p50 ms | p95 ms | p99 ms | errors |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    System.out.print(readRow("before the soak", before));
    System.out.print(readRow("after " + String.format(Locale.ROOT, "%,d", done) + " bookings", after));
    Oversold oversold = oversold();
    System.out.printf(Locale.ROOT, "%noversold slots: %d, mismatched: %d%n", oversold.over,
        oversold.mismatched);
  }

  // ---------------------------------------------------------------- wrk

  record Wrk(double rps, double p50, double p95, double p99, long errors) {}

  Wrk wrk(String script, int connections, String path, String... args) throws Exception {
    return wrk(seconds, script, connections, path, args);
  }

  Wrk wrk(int duration, String script, int connections, String path, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
        "-d" + duration + "s", "--timeout", "10s", "-s", "bench/" + script, base + path, "--",
        work.resolve("tokens.txt").toString()));
    for (String a : args) {
      cmd.add(work.resolve(a).toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    RssSampler sampler = new RssSampler();
    sampler.start();
    String output = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    sampler.interrupt();
    sampler.join();
    Matcher m = Pattern.compile("BENCH rps=(\\S+) p50=(\\S+) p95=(\\S+) p99=(\\S+) errors=(\\d+)")
        .matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("wrk said:\n" + output);
    }
    return new Wrk(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
        Long.parseLong(m.group(5)));
  }

  /** Samples the server's resident memory while a load runs; keeps the highest. */
  class RssSampler extends Thread {
    @Override
    public void run() {
      while (!isInterrupted()) {
        maxRssKb = Math.max(maxRssKb, rssKb());
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  long rssKb() {
    if (pid == 0) {
      return 0;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException gone) {
      return 0;
    }
    return 0;
  }

  // ---------------------------------------------------------------- raw JDBC reference

  record Raw(long count, double seconds, double p50, double p99) {
    double rps() {
      return count / seconds;
    }
  }

  static final AtomicLong CODES = new AtomicLong();

  /**
   * The reference: per booking the conditional UPDATE of the slot, the INSERT of the reservation
   * and a COMMIT, one connection per thread, as fast as it goes; for {@code seconds} or until
   * {@code max} bookings are made. Codes use lower-case letters, which the platform never makes.
   */
  Raw raw(List<Long> slots, int threads, int seconds, long max) throws Exception {
    AtomicLong made = new AtomicLong();
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    long deadline = seconds == 0 ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch finished = new CountDownLatch(threads);
    List<Throwable> failures = new ArrayList<>();
    long started = System.nanoTime();
    boolean sequenced = hasIdSequence();
    boolean withStart = hasColumn("reservation", "starts_at");
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        long[] mine = new long[1 << 20];
        int n = 0;
        try (Connection c = db()) {
          c.setAutoCommit(false);
          IdBlock ids = sequenced ? new IdBlock() : null;
          // Since V11 a reservation carries its slot's start (read with the slot's venue below).
          String insert = "INSERT INTO reservation (" + (ids == null ? "" : "id, ")
              + (withStart ? "starts_at, " : "")
              + "code, account_id, slot_id, venue_id, party_size, status, source_type, source_ref,"
              + " channel, hold_expires_at, created_at, confirmed_at, version) VALUES ("
              + (ids == null ? "" : "?, ") + (withStart ? "?, " : "")
              + "?, ?, ?, ?, 1, 'CONFIRMED', 'DIRECT', '', 'API', ?, ?, ?, 1)";
          try (PreparedStatement take = c.prepareStatement("UPDATE slot SET booked = booked + ?,"
                  + " version = version + 1 WHERE id = ? AND booked + ? <= capacity");
              PreparedStatement add = c.prepareStatement(insert);
              PreparedStatement venueOf =
                  c.prepareStatement("SELECT venue_id, start_at FROM slot WHERE id = ?")) {
            Map<Long, Long> venues = new java.util.HashMap<>();
            Map<Long, Timestamp> starts = new java.util.HashMap<>();
            while (System.nanoTime() < deadline && made.get() < max) {
              long slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
              Long venue = venues.get(slot);
              if (venue == null) {
                venueOf.setLong(1, slot);
                try (ResultSet rs = venueOf.executeQuery()) {
                  rs.next();
                  venue = rs.getLong(1);
                  starts.put(slot, rs.getTimestamp(2));
                }
                c.commit();
                venues.put(slot, venue);
              }
              long t0 = System.nanoTime();
              take.setInt(1, 1);
              take.setLong(2, slot);
              take.setInt(3, 1);
              if (take.executeUpdate() != 1) {
                c.rollback();
                continue;
              }
              int i = 1;
              if (ids != null) {
                add.setLong(i++, ids.next(c));
              }
              if (withStart) {
                add.setTimestamp(i++, starts.get(slot));
              }
              Instant now = Instant.now();
              add.setString(i++, code());
              add.setLong(i++, accountIds.get(ThreadLocalRandom.current().nextInt(accountIds.size())));
              add.setLong(i++, slot);
              add.setLong(i++, venue);
              add.setTimestamp(i++, Timestamp.from(now.plusSeconds(600)));
              add.setTimestamp(i++, Timestamp.from(now));
              add.setTimestamp(i, Timestamp.from(now));
              add.executeUpdate();
              c.commit();
              if (n < mine.length) {
                mine[n++] = (System.nanoTime() - t0) / 1000;
              }
              made.incrementAndGet();
            }
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        } finally {
          latencies.add(Arrays.copyOf(mine, n));
          finished.countDown();
        }
      });
      thread.start();
    }
    finished.await();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("raw JDBC failed", failures.get(0));
    }
    double took = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Raw(made.get(), took, percentile(all, 50), percentile(all, 99));
  }

  /** Ids in blocks from the platform's id table, as the application takes them. */
  class IdBlock {
    long next;
    long last = -1;

    long next(Connection c) throws SQLException {
      if (next > last) {
        // Its own short transaction, committed before the booking's: the application does the same.
        try (Connection own = db()) {
          own.setAutoCommit(false);
          try (Statement s = own.createStatement()) {
            s.executeUpdate("UPDATE id_sequence SET next_val = next_val + 1000 WHERE name = 'reservation'");
            try (ResultSet rs = s.executeQuery("SELECT next_val FROM id_sequence WHERE name = 'reservation'")) {
              rs.next();
              last = rs.getLong(1);
            }
          }
          own.commit();
        }
        next = last - 999;
      }
      return next++;
    }
  }

  boolean hasColumn(String table, String column) throws SQLException {
    try (Connection c = db(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, column)) {
      return rs.next();
    }
  }

  boolean hasIdSequence() throws SQLException {
    try (Connection c = db(); ResultSet rs = c.getMetaData().getTables(null, null, "id_sequence", null)) {
      return rs.next();
    }
  }

  static String code() {
    long n = CODES.incrementAndGet();
    String s = Long.toString(n, 26).chars().mapToObj(ch -> String.valueOf((char) (
        Character.isDigit(ch) ? 'a' + (ch - '0') : ch + 10))).reduce("", String::concat);
    return ("aaaaaaaa" + s).substring(s.length());
  }

  static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  // ---------------------------------------------------------------- the database's view

  /** Statements the server received per booking, from its global status counters. */
  double statementsPerBooking(int bookings) throws Exception {
    return statementsPerBooking(bookings, spreadSlots, "statements.txt");
  }

  double statementsPerBooking(int bookings, List<Long> slots, String file) throws Exception {
    log("Counting statements per booking (" + bookings + " bookings, one at a time, " + file
        + ")...");
    String[] counters = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_commit",
        "Com_rollback", "Com_set_option", "Com_stmt_execute", "Com_stmt_prepare"};
    Map<String, Long> before = status(counters);
    for (int i = 0; i < bookings; i++) {
      long slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
      check(post("/api/v1/reservations", "{\"slotId\":" + slot + ",\"partySize\":1}",
          tokens.get(i % tokens.size())), 201);
    }
    Map<String, Long> after = status(counters);
    StringBuilder detail = new StringBuilder();
    for (String c : counters) {
      // The status query itself counts once in Questions (and once as a SELECT).
      long own = c.equals("Questions") || c.equals("Com_select") ? 1 : 0;
      detail.append(String.format(Locale.ROOT, " %s=%.2f", c,
          (after.get(c) - before.get(c) - own) / (double) bookings));
    }
    log("  per booking:" + detail);
    Files.writeString(work.resolve(file), detail.toString().trim() + "\n");
    return (after.get("Questions") - before.get("Questions") - 1) / (double) bookings;
  }

  Map<String, Long> status(String... names) throws SQLException {
    Map<String, Long> values = new LinkedHashMap<>();
    try (Connection c = db(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
            + String.join("','", names) + "')")) {
      while (rs.next()) {
        values.put(rs.getString(1), rs.getLong(2));
      }
    }
    for (String n : names) {
      values.putIfAbsent(n, 0L);
    }
    return values;
  }

  record Oversold(long over, long mismatched, long slots, long reservations) {}

  /** Every slot's booked count against its live reservations, and against its capacity. */
  Oversold oversold() throws SQLException {
    try (Connection c = db(); Statement s = c.createStatement()) {
      long over = single(s, "SELECT COUNT(*) FROM slot WHERE booked > capacity");
      long mismatched = single(s, "SELECT COUNT(*) FROM slot s LEFT JOIN (SELECT slot_id,"
          + " SUM(party_size) places FROM reservation WHERE status IN ('HELD', 'CONFIRMED',"
          + " 'CHECKED_IN') GROUP BY slot_id) r ON r.slot_id = s.id"
          + " WHERE s.booked <> COALESCE(r.places, 0)");
      return new Oversold(over, mismatched, single(s, "SELECT COUNT(*) FROM slot"),
          single(s, "SELECT COUNT(*) FROM reservation"));
    }
  }

  long countAt(long venue) throws SQLException {
    try (Connection c = db(); Statement s = c.createStatement()) {
      return single(s, "SELECT COUNT(*) FROM reservation WHERE venue_id = " + venue);
    }
  }

  static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<Long> ids(Connection c, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  Connection db() throws SQLException {
    return DriverManager.getConnection(jdbcUrl);
  }

  // ---------------------------------------------------------------- the server's heap

  String heap() {
    if (pid == 0) {
      return "heap: no server pid given";
    }
    return "old generation after a full GC at the end: " + oldGenAfterFullGc();
  }

  String oldGenAfterFullGc() {
    if (pid == 0) {
      return "-";
    }
    jcmd("GC.run");
    // jstat's OU column: old generation used, in KB.
    String out = exec("jstat", "-gc", String.valueOf(pid));
    String[] lines = out.trim().split("\n");
    String[] head = lines[0].trim().split("\\s+");
    String[] vals = lines[lines.length - 1].trim().split("\\s+");
    for (int i = 0; i < head.length; i++) {
      if (head[i].equals("OU")) {
        return String.format(Locale.ROOT, "%.0f MiB", Double.parseDouble(vals[i]) / 1024);
      }
    }
    return "?";
  }

  String histogramCount(String className) {
    if (pid == 0) {
      return "-";
    }
    for (String line : jcmd("GC.class_histogram").split("\n")) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length >= 4 && cols[3].equals(className)) {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(cols[1]));
      }
    }
    return "0";
  }

  String jcmd(String command) {
    return exec("jcmd", String.valueOf(pid), command);
  }

  static String exec(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- HTTP

  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  HttpResponse<String> post(String path, String json, String token) throws Exception {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json)).build());
  }

  static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, BodyHandlers.ofString());
  }

  static void check(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered "
          + r.statusCode() + ": " + r.body());
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static void log(String line) {
    System.out.println(line);
  }
}
