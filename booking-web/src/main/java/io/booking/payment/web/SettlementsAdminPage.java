package io.booking.payment.web;

import io.booking.identity.web.CurrentUser;
import io.booking.payment.application.SettlementRun;
import io.booking.payment.application.Settlements;
import io.booking.payment.application.StatementView;
import io.booking.platform.web.Pages;
import io.booking.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Administrators see every merchant's statements and payouts, and settle today now. */
@Named
@ViewScoped
public class SettlementsAdminPage implements Serializable {

  @EJB Settlements settlements;

  @Inject CurrentUser user;

  @Inject Clock clock;

  private LocalDate from;
  private LocalDate to;
  private List<StatementView> statements = List.of();

  @PostConstruct
  void init() {
    to = Settlements.businessDay(clock.instant());
    from = to.minusDays(30);
    refresh();
  }

  public void refresh() {
    try {
      statements = settlements.all(user.accountId(), from, to);
    } catch (InvalidInputException e) {
      Pages.error("range:to", "statements.badRange");
      statements = List.of();
    }
  }

  /** Settles today now: what was released until this moment. */
  public void settleToday() {
    SettlementRun run =
        settlements.settle(user.accountId(), Settlements.businessDay(clock.instant()));
    Pages.info("settlements.settled", run.statementIds().size());
    to = run.day();
    refresh();
  }

  public List<StatementView> getStatements() {
    return statements;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
