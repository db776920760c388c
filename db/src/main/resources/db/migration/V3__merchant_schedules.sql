-- Merchants change schedules: a slot no longer planned and without bookings is withdrawn (kept for the
-- history of cancelled reservations that point at it) and can come back if the plan wants it again.
ALTER TABLE slot ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT FALSE;
