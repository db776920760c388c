package io.booking.payment.infrastructure;

import io.booking.payment.domain.PaymentStatus;
import io.booking.payment.domain.PlatformPayment;
import io.booking.payment.domain.PlatformPayment.EscrowHold;
import io.booking.payment.domain.PlatformRefund;
import io.booking.payment.domain.ReconciliationRecords;
import io.booking.payment.domain.RefundStatus;
import io.booking.payment.domain.Transfer;
import io.booking.payment.domain.TransferKind;
import io.booking.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The platform's payments, their escrow holds and refunds, read for a reconciliation. */
@ApplicationScoped
public class JpaReconciliationRecords implements ReconciliationRecords {

  /** Ids per IN list. */
  private static final int CHUNK = 500;

  private static final String PAYMENT_COLUMNS =
      "SELECT p.id, p.providerPaymentId, p.amountMinor, p.currency, p.status, p.refundedMinor,"
          + " p.createdAt, p.succeededAt, p.heldTransferId FROM Payment p";

  private static final String REFUND_COLUMNS =
      "SELECT r.id, r.paymentId, r.providerRefundId, r.amountMinor, p.currency, r.status,"
          + " r.completedAt FROM PaymentRefund r, Payment p WHERE p.id = r.paymentId";

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public List<PlatformPayment> paymentsSince(String provider, Instant since) {
    List<Object[]> rows =
        em.createQuery(
                PAYMENT_COLUMNS
                    + " WHERE p.provider = :provider"
                    + " AND (p.createdAt >= :since OR p.succeededAt >= :since)",
                Object[].class)
            .setParameter("provider", provider)
            .setParameter("since", since)
            .getResultList();
    return payments(rows);
  }

  @Override
  public List<PlatformPayment> paymentsByIds(String provider, Collection<Long> ids) {
    List<Object[]> rows =
        chunked(
            ids,
            part ->
                em.createQuery(
                        PAYMENT_COLUMNS + " WHERE p.provider = :provider AND p.id IN :ids",
                        Object[].class)
                    .setParameter("provider", provider)
                    .setParameter("ids", part)
                    .getResultList());
    return payments(rows);
  }

  @Override
  public List<PlatformRefund> refundsSince(String provider, Instant since) {
    return refunds(
        em.createQuery(
                REFUND_COLUMNS
                    + " AND p.provider = :provider"
                    + " AND (r.createdAt >= :since OR r.completedAt >= :since)",
                Object[].class)
            .setParameter("provider", provider)
            .setParameter("since", since)
            .getResultList());
  }

  @Override
  public List<PlatformRefund> refundsByProviderIds(Collection<String> providerRefundIds) {
    return refunds(
        chunked(
            providerRefundIds,
            part ->
                em.createQuery(REFUND_COLUMNS + " AND r.providerRefundId IN :ids", Object[].class)
                    .setParameter("ids", part)
                    .getResultList()));
  }

  @Override
  public List<PlatformRefund> refundsOf(Collection<Long> paymentIds) {
    return refunds(
        chunked(
            paymentIds,
            part ->
                em.createQuery(REFUND_COLUMNS + " AND r.paymentId IN :ids", Object[].class)
                    .setParameter("ids", part)
                    .getResultList()));
  }

  private List<PlatformPayment> payments(List<Object[]> rows) {
    List<Long> holdIds = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[8] != null) {
        holdIds.add((Long) r[8]);
      }
    }
    Map<Long, Transfer> holds = new HashMap<>();
    Map<Long, Transfer> resolutions = new HashMap<>();
    chunked(
            holdIds,
            part ->
                em.createQuery("SELECT t FROM Transfer t WHERE t.id IN :ids", Transfer.class)
                    .setParameter("ids", part)
                    .getResultList())
        .forEach(t -> holds.put(t.id(), t));
    chunked(
            holdIds,
            part ->
                em.createQuery("SELECT t FROM Transfer t WHERE t.pendingId IN :ids", Transfer.class)
                    .setParameter("ids", part)
                    .getResultList())
        .forEach(t -> resolutions.put(t.pendingId(), t));
    List<PlatformPayment> payments = new ArrayList<>();
    for (Object[] r : rows) {
      String currency = ((String) r[3]).trim();
      Transfer hold = r[8] == null ? null : holds.get((Long) r[8]);
      EscrowHold escrow = null;
      if (hold != null && hold.kind() == TransferKind.PENDING) {
        Transfer resolution = resolutions.get(hold.id());
        escrow =
            new EscrowHold(
                hold.id(),
                hold.amount(),
                resolution != null,
                resolution != null && resolution.kind() == TransferKind.POST
                    ? resolution.amountMinor()
                    : 0);
      }
      payments.add(
          new PlatformPayment(
              (Long) r[0],
              (String) r[1],
              Money.ofMinor((Long) r[2], currency),
              (PaymentStatus) r[4],
              (Long) r[5],
              (Instant) r[6],
              (Instant) r[7],
              escrow));
    }
    return payments;
  }

  private static List<PlatformRefund> refunds(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                new PlatformRefund(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (Long) r[3],
                    ((String) r[4]).trim(),
                    (RefundStatus) r[5],
                    (Instant) r[6]))
        .toList();
  }

  private static <K, T> List<T> chunked(Collection<K> keys, Function<List<K>, List<T>> query) {
    List<K> all = List.copyOf(keys);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
    }
    return out;
  }
}
