package io.booking.payment.rest;

import io.booking.payment.application.StatementView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement as CSV (RFC 4180, Apache Commons CSV as the bookings export uses): a header row, then
 * one row per line; amounts as decimal strings in the currency's major unit. A text cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a return) gets an apostrophe
 * in front; amounts are never negative on a statement, so none of them is touched.
 */
public final class StatementCsv {

  static final String[] HEADER = {
    "statement_id",
    "business_day",
    "currency",
    "kind",
    "subject_type",
    "subject_id",
    "credited_at",
    "paid",
    "refunded",
    "gross",
    "commission",
    "net"
  };

  private StatementCsv() {}

  public static String of(StatementView s) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      for (StatementView.Line l : s.lines()) {
        csv.printRecord(
            s.id(),
            s.businessDay().toString(),
            safe(s.currency()),
            safe(l.kind()),
            safe(l.subjectType()),
            l.subjectId(),
            l.creditedAt().toString(),
            l.paid().amount().toPlainString(),
            l.refunded().amount().toPlainString(),
            l.gross().amount().toPlainString(),
            l.commission().amount().toPlainString(),
            l.net().amount().toPlainString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String safe(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }
}
