package io.booking.inventory.application;

import java.util.List;

/** What a schedule change did to the upcoming slots; those with bookings are kept and shown. */
public record ScheduleChange(int created, int withdrawn, List<SlotView> keptWithBookings) {}
