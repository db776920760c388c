package io.booking.inventory.domain;

import java.time.Instant;

/** A slot the schedule asks for: when it starts and ends, as instants. */
public record PlannedSlot(Instant start, Instant end) {}
