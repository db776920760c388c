package io.booking.payment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.booking.payment.application.StatementView;
import io.booking.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

  private static Money eur(long minor) {
    return Money.ofMinor(minor, "EUR");
  }

  private static StatementView statement(String subjectType) {
    Instant at = Instant.parse("2026-12-01T09:30:00Z");
    return new StatementView(
        7,
        3,
        "Golden Lotus Hospitality",
        "EUR",
        LocalDate.of(2026, 12, 1),
        at,
        eur(2000),
        eur(600),
        eur(1400),
        eur(140),
        eur(500),
        eur(1760),
        at,
        List.of(
            new StatementView.Line(
                11,
                "BOOKING",
                subjectType,
                42,
                eur(2000),
                eur(600),
                eur(1400),
                eur(140),
                eur(1260),
                at),
            new StatementView.Line(
                12, "RETURNED_PAYOUT", "payout", 5, eur(0), eur(0), eur(0), eur(0), eur(500), at)),
        null);
  }

  @Test
  void aStatementIsAHeaderAndOneRowPerLineWithDecimalAmounts() {
    assertEquals(
        "statement_id,business_day,currency,kind,subject_type,subject_id,credited_at,paid,"
            + "refunded,gross,commission,net\r\n"
            + "7,2026-12-01,EUR,BOOKING,reservation,42,2026-12-01T09:30:00Z,20.00,6.00,14.00,"
            + "1.40,12.60\r\n"
            + "7,2026-12-01,EUR,RETURNED_PAYOUT,payout,5,2026-12-01T09:30:00Z,0.00,0.00,0.00,"
            + "0.00,5.00\r\n",
        StatementCsv.of(statement("reservation")));
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsQuotedAndDefused() {
    String csv = StatementCsv.of(statement("=HYPERLINK(\"http://evil\",\"x\")"));
    String row = csv.split("\r\n")[1];
    assertEquals(
        "7,2026-12-01,EUR,BOOKING,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",42,",
        row.substring(0, row.indexOf(",2026-12-01T")) + ",");
  }

  @Test
  void everyFormulaLeadIsDefused() {
    for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
      assertEquals("'" + lead + "1", StatementCsv.safe(lead + "1"), "lead " + lead);
    }
    assertEquals("reservation", StatementCsv.safe("reservation"));
  }
}
