package io.booking.catalog.domain;

import java.time.ZoneId;
import java.util.List;

/**
 * A merchant moved a venue to another time zone. Fired as a synchronous CDI event inside the
 * change's transaction: inventory moves the upcoming slots to the same local times in the new zone,
 * or refuses (and so rolls the change back) while any of them holds a booking.
 */
public record VenueTimeZoneChanged(long venueId, ZoneId from, ZoneId to, List<Long> offeringIds) {}
