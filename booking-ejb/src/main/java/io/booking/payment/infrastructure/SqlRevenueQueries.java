package io.booking.payment.infrastructure;

import io.booking.payment.domain.RevenueQueries;
import io.booking.payment.domain.Subject;
import io.booking.platform.infrastructure.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merchant's figures in two statements over the same bookings (a venue's reservations whose
 * slot starts in the range): the payments' sums, and the ledger's transfers filed under those
 * reservations that touch the merchant's own accounts.
 */
@ApplicationScoped
public class SqlRevenueQueries implements RevenueQueries {

  private static final String BOOKINGS =
      "SELECT r.id FROM reservation r JOIN slot s ON s.id = r.slot_id"
          + " WHERE r.venue_id = ?1 AND s.start_at >= ?2 AND s.start_at < ?3";

  private static final String PAYMENTS =
      "SELECT p.currency,"
          + " SUM(CASE WHEN p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')"
          + " THEN p.amount_minor ELSE 0 END),"
          + " SUM(p.refunded_minor)"
          + " FROM payment p WHERE p.merchant_id = ?4 AND p.reservation_id IN ("
          + BOOKINGS
          + ") GROUP BY p.currency";

  private static final String LEDGER =
      "SELECT t.currency,"
          + " SUM(CASE WHEN t.kind = 'POSTED' AND d.account_type = 'ESCROW'"
          + " AND c.account_type = 'MERCHANT_PAYABLE' THEN t.amount_minor ELSE 0 END),"
          + " SUM(CASE WHEN t.kind = 'POSTED' AND d.account_type = 'ESCROW'"
          + " AND c.account_type = 'PLATFORM_COMMISSION' THEN t.amount_minor ELSE 0 END),"
          + " SUM(CASE WHEN t.kind = 'PENDING' AND c.account_type = 'ESCROW' AND x.id IS NULL"
          + " THEN t.amount_minor ELSE 0 END)"
          + " FROM ledger_transfer t"
          + " JOIN ledger_account d ON d.id = t.debit_account_id"
          + " JOIN ledger_account c ON c.id = t.credit_account_id"
          + " LEFT JOIN ledger_transfer x ON x.pending_id = t.id"
          + " WHERE t.subject_type = ?5 AND (d.owner_id = ?4 OR c.owner_id = ?4)"
          + " AND t.subject_id IN ("
          + BOOKINGS
          + ") GROUP BY t.currency";

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public List<CurrencyRevenue> ofVenue(long merchantId, long venueId, Instant from, Instant to) {
    Map<String, long[]> byCurrency = new TreeMap<>();
    for (Object[] row : rows(PAYMENTS, merchantId, venueId, from, to)) {
      long[] f = byCurrency.computeIfAbsent((String) row[0], c -> new long[5]);
      f[0] += number(row[1]);
      f[1] += number(row[2]);
    }
    for (Object[] row : rows(LEDGER, merchantId, venueId, from, to)) {
      long[] f = byCurrency.computeIfAbsent((String) row[0], c -> new long[5]);
      f[2] += number(row[1]);
      f[3] += number(row[2]);
      f[4] += number(row[3]);
    }
    return byCurrency.entrySet().stream()
        .map(
            e -> {
              long[] f = e.getValue();
              return new CurrencyRevenue(e.getKey(), f[0], f[1], f[2], f[3], f[4]);
            })
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long merchantId, long venueId, Instant from, Instant to) {
    UtcInstantConverter utc = new UtcInstantConverter();
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, venueId)
            .setParameter(2, utc.convertToDatabaseColumn(from))
            .setParameter(3, utc.convertToDatabaseColumn(to))
            .setParameter(4, merchantId);
    if (sql.contains("?5")) {
      query.setParameter(5, Subject.RESERVATION);
    }
    return query.getResultList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
