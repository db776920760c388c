-- How many bookings one customer may hold at a venue on one of its days, set by the merchant
-- (docs/decisions/0021-daily-booking-limit.md). 4 is the default: enough for a family's dinner and a
-- class, too few for a script to book out a venue's day.
ALTER TABLE venue ADD COLUMN daily_booking_limit INT NOT NULL DEFAULT 4;
ALTER TABLE venue ADD CONSTRAINT ck_venue_daily_booking_limit
    CHECK (daily_booking_limit BETWEEN 1 AND 10000);

-- When the visit starts, copied from the slot (which cannot move while it holds bookings), so that
-- a customer's bookings at a venue on a day are counted from one index without reading the slots.
ALTER TABLE reservation ADD COLUMN starts_at DATETIME(6) NULL;
UPDATE reservation SET starts_at = (SELECT s.start_at FROM slot s WHERE s.id = reservation.slot_id);
ALTER TABLE reservation MODIFY starts_at DATETIME(6) NOT NULL;
CREATE INDEX ix_reservation_account_venue_start
    ON reservation (account_id, venue_id, starts_at, status);

-- The booking transaction locks the customer's account row (FOR UPDATE) after it has recorded its
-- Idempotency-Key. The key's foreign key to account made that INSERT take a shared lock on the same
-- row first, so two bookings of one customer deadlocked upgrading it. The key's caller needs no
-- foreign key: callers are authenticated accounts, and accounts are never deleted.
ALTER TABLE idempotent_request DROP CONSTRAINT fk_idempotent_request_caller;
