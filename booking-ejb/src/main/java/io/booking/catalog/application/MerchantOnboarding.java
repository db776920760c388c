package io.booking.catalog.application;

import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.MerchantApplication;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.identity.domain.Role;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.ForbiddenException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Becoming a merchant: any account applies; an administrator approves (the account gets the
 * MERCHANT role and a merchant of the business's name) or rejects, always with a reason kept on the
 * application, so every decision is on record.
 */
@Stateless
public class MerchantOnboarding {

  /** An application as the applicant and the administrators see it. */
  public record ApplicationView(
      long id,
      long accountId,
      String businessName,
      String contact,
      String licenceNumber,
      MerchantApplication.Status status,
      String decisionReason,
      java.time.Instant createdAt) {

    static ApplicationView of(MerchantApplication a) {
      return new ApplicationView(
          a.id(),
          a.accountId(),
          a.businessName(),
          a.contact(),
          a.licenceNumber(),
          a.status(),
          a.decisionReason(),
          a.createdAt());
    }
  }

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Inject VenueRepository venues;

  @EJB AccountService accounts;

  @Inject Clock clock;

  public ApplicationView apply(
      long accountId, String businessName, String contact, String licenceNumber) {
    List<FieldError> errors = new ArrayList<>();
    required(errors, "businessName", businessName, 120);
    required(errors, "contact", contact, 200);
    required(errors, "licenceNumber", licenceNumber, 64);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (venues.findMerchantOwnedBy(accountId).isPresent()) {
      throw new BusinessConflictException(
          "already-merchant", "This account is a merchant already.");
    }
    MerchantApplication application =
        new MerchantApplication(
            accountId,
            businessName.strip(),
            contact.strip(),
            licenceNumber.strip(),
            clock.instant());
    em.persist(application);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_merchant_application_pending")) {
        throw new BusinessConflictException(
            "application-pending", "An application of this account is waiting for a decision.");
      }
      throw e;
    }
    return ApplicationView.of(application);
  }

  /** The account's own applications, newest first, with the decisions and their reasons. */
  public List<ApplicationView> applicationsOf(long accountId) {
    return em.createQuery(
            "SELECT a FROM MerchantApplication a WHERE a.accountId = :account"
                + " ORDER BY a.createdAt DESC, a.id DESC",
            MerchantApplication.class)
        .setParameter("account", accountId)
        .getResultStream()
        .map(ApplicationView::of)
        .toList();
  }

  public List<ApplicationView> pending(long adminId) {
    requireAdmin(adminId);
    return em.createQuery(
            "SELECT a FROM MerchantApplication a WHERE a.status ="
                + " io.booking.catalog.domain.MerchantApplication.Status.PENDING ORDER BY a.createdAt",
            MerchantApplication.class)
        .getResultStream()
        .map(ApplicationView::of)
        .toList();
  }

  public ApplicationView approve(long adminId, long applicationId, String reason) {
    MerchantApplication a = decidable(adminId, applicationId, reason);
    a.approve(adminId, reason.strip(), clock.instant());
    accounts.grant(a.accountId(), Role.MERCHANT);
    venues.addMerchant(new Merchant(a.accountId(), a.businessName(), clock.instant()));
    return ApplicationView.of(a);
  }

  public ApplicationView reject(long adminId, long applicationId, String reason) {
    MerchantApplication a = decidable(adminId, applicationId, reason);
    a.reject(adminId, reason.strip(), clock.instant());
    return ApplicationView.of(a);
  }

  private MerchantApplication decidable(long adminId, long applicationId, String reason) {
    requireAdmin(adminId);
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      throw new InvalidInputException("reason", "is required (at most 500 characters)");
    }
    MerchantApplication a =
        em.find(MerchantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw new UnknownObjectException("merchant application", applicationId);
    }
    return a;
  }

  private void requireAdmin(long accountId) {
    if (!accounts.account(accountId).roles().contains(Role.ADMIN)) {
      throw new ForbiddenException("Only administrators decide merchant applications.");
    }
  }

  private static void required(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }
}
