package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.PaymentOrder;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentState;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.StartedPayment;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.Outcome;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.PayResult;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.View;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's books: its payments, refunds and payouts. Each method is a transaction of its own,
 * as a remote service's call would be (a caller's rollback does not undo what the sandbox
 * accepted), and writes the notifications a change causes to the outbox in that same transaction. A
 * payment's row lock orders everything that changes it: paying, cancelling, refunding.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxRecords {

  /** How long a refund or payout takes to complete. */
  static final Duration COMPLETION = Duration.ofSeconds(2);

  /** The 0259 card: the duplicate one second after the first, the stale pending one after that. */
  static final Duration DUPLICATE_AFTER = Duration.ofSeconds(1);

  static final Duration STALE_AFTER = Duration.ofSeconds(2);

  /** The one row of sandbox_account: the platform. */
  static final String ACCOUNT = "platform";

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @EJB SandboxOutbox outbox;

  @Inject SandboxSettings settings;

  public StartedPayment open(PaymentOrder order, String description, Instant now) {
    SandboxPayment p =
        new SandboxPayment(
            order.reference(),
            order.amount(),
            description,
            order.returnUrl().toString(),
            order.notificationUrl().toString(),
            now);
    em.persist(p);
    em.flush();
    rememberEndpoint(p.notificationUrl(), now);
    return started(p);
  }

  /**
   * The payment already opened under the order's reference; refused when that one is for another
   * amount (the reference is the platform's key for one payment).
   */
  public Optional<StartedPayment> opened(PaymentOrder order) {
    return em.createNamedQuery("SandboxPayment.findByReference", SandboxPayment.class)
        .setParameter("reference", order.reference())
        .getResultStream()
        .findFirst()
        .map(
            p -> {
              if (!p.amount().equals(order.amount())) {
                throw new BusinessConflictException(
                    "reference-reused",
                    "The reference "
                        + order.reference()
                        + " already opened a payment of "
                        + p.amount()
                        + ".");
              }
              return started(p);
            });
  }

  public Optional<View> checkout(String token) {
    return byToken(token, false).map(SandboxRecords::view);
  }

  /** The customer pays on the checkout page with a typed card number. */
  public PayResult pay(String token, String typedCard, Instant now) {
    Optional<SandboxPayment> found = byToken(token, true);
    if (found.isEmpty()) {
      return new PayResult(Outcome.NOT_FOUND, null);
    }
    SandboxPayment p = found.get();
    View view = view(p);
    if (p.status() == ProviderPaymentStatus.SUCCEEDED) {
      return new PayResult(Outcome.ALREADY_PAID, view);
    }
    if (p.status() != ProviderPaymentStatus.PENDING) {
      return new PayResult(Outcome.CLOSED, view);
    }
    Optional<TestCard> card = TestCard.of(typedCard);
    if (card.isEmpty()) {
      return new PayResult(Outcome.UNKNOWN_CARD, view);
    }
    p.charge(card.get(), now);
    switch (card.get()) {
      case SUCCEEDS -> notify(p, event(p, EventType.PAYMENT_SUCCEEDED, now), now, now);
      case DECLINED -> notify(p, event(p, EventType.PAYMENT_FAILED, now), now, now);
      case SUCCEEDS_NOTIFIED_OUT_OF_ORDER -> {
        ProviderEvent succeeded = event(p, EventType.PAYMENT_SUCCEEDED, now);
        notify(p, succeeded, now, now);
        notify(p, succeeded, now, now.plus(DUPLICATE_AFTER));
        notify(p, event(p, EventType.PAYMENT_PENDING, p.createdAt()), now, now.plus(STALE_AFTER));
      }
    }
    return new PayResult(
        card.get() == TestCard.DECLINED ? Outcome.DECLINED : Outcome.PAID, view(p));
  }

  /** A pending payment is cancelled (true); a succeeded one stays (false). */
  public boolean cancel(String providerPaymentId, Instant now) {
    return locked(providerPaymentId).cancel(now);
  }

  public ProviderPaymentState state(String providerPaymentId) {
    SandboxPayment p = em.find(SandboxPayment.class, providerPaymentId);
    if (p == null) {
      throw new UnknownObjectException("sandbox payment", providerPaymentId);
    }
    long refunded =
        refundsOf(p.id()).stream()
            .filter(r -> r.status() == SandboxRefund.Status.SUCCEEDED)
            .mapToLong(r -> r.amount().minorUnits())
            .sum();
    return new ProviderPaymentState(
        p.status(), p.amount(), Money.ofMinor(refunded, p.amount().currency()));
  }

  /**
   * Records a refund under its key, or answers the refund the key made before. Refused when the
   * payment has not succeeded, the currency differs, or it would refund more than was paid minus
   * what earlier refunds (completed or not) took back.
   */
  public String refund(String providerPaymentId, Money amount, String refundKey, Instant now) {
    SandboxPayment p = locked(providerPaymentId);
    Optional<String> before = refundMadeBy(refundKey, providerPaymentId, amount);
    if (before.isPresent()) {
      return before.get();
    }
    if (p.status() != ProviderPaymentStatus.SUCCEEDED) {
      throw new BusinessConflictException(
          "payment-not-succeeded",
          "The payment " + p.id() + " is " + p.status() + "; only a succeeded one is refunded.");
    }
    if (!amount.currency().equals(p.amount().currency())) {
      throw new InvalidInputException("amount", "must be in " + p.amount().currency());
    }
    long taken = refundsOf(p.id()).stream().mapToLong(r -> r.amount().minorUnits()).sum();
    long left = p.amount().minorUnits() - taken;
    if (amount.minorUnits() > left) {
      throw new BusinessConflictException(
          "refund-exceeds-payment",
          "A refund of "
              + amount
              + " is more than the "
              + Money.ofMinor(left, amount.currency())
              + " left of payment "
              + p.id()
              + ".");
    }
    SandboxRefund r = new SandboxRefund(p.id(), refundKey, amount, now, now.plus(COMPLETION));
    em.persist(r);
    em.flush();
    return r.id();
  }

  /**
   * The refund a key made, if any; refused when the key made a refund of another payment or amount.
   */
  public Optional<String> refundMadeBy(String refundKey, String providerPaymentId, Money amount) {
    return em.createNamedQuery("SandboxRefund.findByKey", SandboxRefund.class)
        .setParameter("key", refundKey)
        .getResultStream()
        .findFirst()
        .map(
            r -> {
              if (!r.paymentId().equals(providerPaymentId) || !r.amount().equals(amount)) {
                throw new BusinessConflictException(
                    "refund-key-reused",
                    "The refund key "
                        + refundKey
                        + " was used for a refund of "
                        + r.amount()
                        + " of payment "
                        + r.paymentId()
                        + ".");
              }
              return r.id();
            });
  }

  /** Records a payout under its key, or answers the payout the key made before. */
  public String payout(String merchantReference, Money amount, String payoutKey, Instant now) {
    Optional<String> before = payoutMadeBy(payoutKey, merchantReference, amount);
    if (before.isPresent()) {
      return before.get();
    }
    SandboxPayout payout =
        new SandboxPayout(
            merchantReference,
            payoutKey,
            amount,
            payoutNotificationUrl().orElse(null),
            now,
            now.plus(COMPLETION));
    em.persist(payout);
    em.flush();
    return payout.id();
  }

  /** The payout a key made, if any; refused when the key paid another merchant or amount. */
  public Optional<String> payoutMadeBy(String payoutKey, String merchantReference, Money amount) {
    return em.createNamedQuery("SandboxPayout.findByKey", SandboxPayout.class)
        .setParameter("key", payoutKey)
        .getResultStream()
        .findFirst()
        .map(
            p -> {
              if (!p.merchantReference().equals(merchantReference) || !p.amount().equals(amount)) {
                throw new BusinessConflictException(
                    "payout-key-reused",
                    "The payout key "
                        + payoutKey
                        + " was used for a payout of "
                        + p.amount()
                        + " to "
                        + p.merchantReference()
                        + ".");
              }
              return p.id();
            });
  }

  public List<String> dueRefunds(Instant now, int max) {
    return em.createNamedQuery("SandboxRefund.findDue", String.class)
        .setParameter("status", SandboxRefund.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Completes a due refund and queues REFUND_SUCCEEDED; false when it was completed before. */
  public boolean completeRefund(String refundId, Instant now) {
    SandboxRefund r = em.find(SandboxRefund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || !r.complete(now)) {
      return false;
    }
    SandboxPayment p = em.find(SandboxPayment.class, r.paymentId());
    notify(
        p,
        new ProviderEvent(
            SandboxIds.next(SandboxIds.EVENT),
            EventType.REFUND_SUCCEEDED,
            p.id(),
            p.reference(),
            r.id(),
            r.amount(),
            now),
        now,
        now);
    return true;
  }

  public List<String> duePayouts(Instant now, int max) {
    return em.createNamedQuery("SandboxPayout.findDue", String.class)
        .setParameter("status", SandboxPayout.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Pays a due payout and queues PAYOUT_PAID, or, to a destination marked closed (the test
   * destination), fails it and queues PAYOUT_FAILED; false when it was completed before.
   */
  public boolean completePayout(String payoutId, Instant now) {
    SandboxPayout p = em.find(SandboxPayout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      return false;
    }
    boolean closed = isClosed(p.merchantReference());
    if (!(closed ? p.fail(now) : p.pay(now))) {
      return false;
    }
    if (p.notificationUrl() != null) {
      outbox.queue(
          new ProviderEvent(
              SandboxIds.next(SandboxIds.EVENT),
              closed ? EventType.PAYOUT_FAILED : EventType.PAYOUT_PAID,
              p.id(),
              p.payoutKey(),
              null,
              p.amount(),
              now),
          p.id(),
          p.notificationUrl(),
          now,
          now);
    }
    return true;
  }

  /** Marks a payout destination closed: payouts to it fail from now on (the test destination). */
  public void closeDestination(String merchantReference, Instant now) {
    if (!isClosed(merchantReference)) {
      em.createNativeQuery(
              "INSERT INTO sandbox_closed_destination (merchant_reference, closed_at) VALUES (?, ?)")
          .setParameter(1, merchantReference)
          .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  /** Opens a closed payout destination again: payouts to it are paid. */
  public void reopenDestination(String merchantReference) {
    em.createNativeQuery("DELETE FROM sandbox_closed_destination WHERE merchant_reference = ?")
        .setParameter(1, merchantReference)
        .executeUpdate();
  }

  private boolean isClosed(String merchantReference) {
    return !em.createNativeQuery(
            "SELECT merchant_reference FROM sandbox_closed_destination WHERE merchant_reference = ?")
        .setParameter(1, merchantReference)
        .getResultList()
        .isEmpty();
  }

  /** Charges, refunds and payouts that completed in [from, to), in the order they did. */
  public List<ProviderTransaction> transactions(Instant from, Instant to) {
    List<ProviderTransaction> lines = new ArrayList<>();
    List<SandboxPayment> charges =
        em.createNamedQuery("SandboxPayment.findSucceededBetween", SandboxPayment.class)
            .setParameter("status", ProviderPaymentStatus.SUCCEEDED)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (SandboxPayment p : charges) {
      lines.add(
          new ProviderTransaction(
              p.id(), TransactionKind.CHARGE, p.id(), p.reference(), p.amount(), p.completedAt()));
    }
    List<SandboxRefund> refunds =
        em.createNamedQuery("SandboxRefund.findSucceededBetween", SandboxRefund.class)
            .setParameter("status", SandboxRefund.Status.SUCCEEDED)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (SandboxRefund r : refunds) {
      SandboxPayment p = em.find(SandboxPayment.class, r.paymentId());
      lines.add(
          new ProviderTransaction(
              r.id(), TransactionKind.REFUND, p.id(), p.reference(), r.amount(), r.completedAt()));
    }
    List<SandboxPayout> payouts =
        em.createNamedQuery("SandboxPayout.findPaidBetween", SandboxPayout.class)
            .setParameter("status", SandboxPayout.Status.PAID)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (SandboxPayout p : payouts) {
      lines.add(
          new ProviderTransaction(
              p.id(), TransactionKind.PAYOUT, null, p.payoutKey(), p.amount(), p.completedAt()));
    }
    lines.sort(
        Comparator.comparing(ProviderTransaction::at)
            .thenComparing(ProviderTransaction::providerTransactionId));
    return lines;
  }

  /**
   * Where PAYOUT_PAID goes (a payout names no notification URL): the endpoint the platform's
   * payments name (the account's, {@code sandbox_account}), or, before any payment, the one under
   * {@code BOOKING_PUBLIC_URL}.
   */
  private Optional<String> payoutNotificationUrl() {
    return accountEndpoint().or(settings::publicNotificationUrl);
  }

  private Optional<String> accountEndpoint() {
    List<?> rows =
        em.createNativeQuery("SELECT notification_url FROM sandbox_account WHERE id = ?")
            .setParameter(1, ACCOUNT)
            .getResultList();
    return rows.stream().filter(url -> url != null).map(Object::toString).findFirst();
  }

  /**
   * Makes the payment's notification URL the account's endpoint. Written only when it changes, so
   * that payments do not queue on the account's row.
   */
  private void rememberEndpoint(String notificationUrl, Instant now) {
    if (!accountEndpoint().filter(notificationUrl::equals).isPresent()) {
      em.createNativeQuery(
              "UPDATE sandbox_account SET notification_url = ?, updated_at = ? WHERE id = ?")
          .setParameter(1, notificationUrl)
          .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
          .setParameter(3, ACCOUNT)
          .executeUpdate();
    }
  }

  private void notify(SandboxPayment p, ProviderEvent event, Instant now, Instant firstAttempt) {
    outbox.queue(event, p.id(), p.notificationUrl(), now, firstAttempt);
  }

  private static ProviderEvent event(SandboxPayment p, EventType type, Instant occurredAt) {
    return new ProviderEvent(
        SandboxIds.next(SandboxIds.EVENT),
        type,
        p.id(),
        p.reference(),
        null,
        p.amount(),
        occurredAt);
  }

  private StartedPayment started(SandboxPayment p) {
    return new StartedPayment(p.id(), settings.checkoutUrl(p.checkoutToken(), p.returnUrl()));
  }

  private static View view(SandboxPayment p) {
    return new View(p.amount(), p.description(), p.status(), p.returnUrl());
  }

  /** The id of the payment a checkout token pays. */
  public Optional<String> paymentIdOfToken(String token) {
    return byToken(token, false).map(SandboxPayment::id);
  }

  private Optional<SandboxPayment> byToken(String token, boolean lock) {
    var query =
        em.createNamedQuery("SandboxPayment.findByToken", SandboxPayment.class)
            .setParameter("token", token);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  private SandboxPayment locked(String providerPaymentId) {
    SandboxPayment p =
        em.find(SandboxPayment.class, providerPaymentId, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      throw new UnknownObjectException("sandbox payment", providerPaymentId);
    }
    return p;
  }

  private List<SandboxRefund> refundsOf(String paymentId) {
    return em.createNamedQuery("SandboxRefund.findByPayment", SandboxRefund.class)
        .setParameter("paymentId", paymentId)
        .getResultList();
  }
}
