package io.booking.inventory.application;

import io.booking.inventory.domain.OpenSlot;
import io.booking.inventory.domain.Slot;
import io.booking.shared.domain.Money;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A slot as customers see it, with times in the venue's zone. */
public record SlotView(
    long id,
    long offeringId,
    long venueId,
    ZonedDateTime start,
    ZonedDateTime end,
    int capacity,
    int available,
    Money price) {

  static SlotView of(OpenSlot s, ZoneId zone) {
    return new SlotView(
        s.id(),
        s.offeringId(),
        s.venueId(),
        s.start().atZone(zone),
        s.end().atZone(zone),
        s.capacity(),
        s.available(),
        s.price());
  }

  static SlotView of(Slot s, ZoneId zone) {
    return new SlotView(
        s.id(),
        s.offering().id(),
        s.venueId(),
        s.start().atZone(zone),
        s.end().atZone(zone),
        s.capacity(),
        s.available(),
        s.offering().price());
  }
}
