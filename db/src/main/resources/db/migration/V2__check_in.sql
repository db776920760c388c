-- Staff check customers in at the door; a desk lists a venue's bookings of a day.
ALTER TABLE reservation ADD COLUMN checked_in_at DATETIME(6) NULL;
CREATE INDEX ix_reservation_venue_status ON reservation (venue_id, status);
