package io.booking.reservation.application;

import java.time.ZonedDateTime;

/** A slot of today that a walk-in can still join: running or later, with places left. */
public record DoorSlot(
    long slotId,
    String offeringName,
    ZonedDateTime start,
    ZonedDateTime end,
    int available,
    int maxPartySize) {}
