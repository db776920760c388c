-- Walk-ins: staff book a free place at the desk for a guest without an account. Such a reservation has a
-- guest name instead of an account; every reservation has one or the other.
ALTER TABLE reservation MODIFY account_id BIGINT NULL;
ALTER TABLE reservation ADD COLUMN guest_name VARCHAR(80) NULL;
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_customer
    CHECK (account_id IS NOT NULL OR guest_name IS NOT NULL);
