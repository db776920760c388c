package io.booking.payment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What one settlement run made: the statements of the day (new ones only) and its cut-off. */
public record SettlementRun(LocalDate day, Instant cutOff, List<Long> statementIds) {}
