-- The merchant console: how soon and how far ahead an offering can be booked, one-off extra openings,
-- a venue's opening hours as the merchant states them, and its photos.

-- lead_minutes: booking closes this long before the start; horizon_days: slots exist this many days ahead.
ALTER TABLE offering ADD COLUMN lead_minutes INT NOT NULL DEFAULT 0;
ALTER TABLE offering ADD COLUMN horizon_days INT NOT NULL DEFAULT 14;
ALTER TABLE offering ADD CONSTRAINT ck_offering_lead CHECK (lead_minutes BETWEEN 0 AND 10080);
ALTER TABLE offering ADD CONSTRAINT ck_offering_horizon CHECK (horizon_days BETWEEN 1 AND 180);

-- An exception to the weekly rules: on one local date, slots start every interval from first to last
-- ("an extra evening"). Blackout dates close the weekly rules of a date; an extra opening still applies.
CREATE TABLE schedule_extra (
    id               BIGINT NOT NULL AUTO_INCREMENT,
    offering_id      BIGINT NOT NULL,
    on_date          DATE   NOT NULL,
    first_start      TIME   NOT NULL,
    last_start       TIME   NOT NULL,
    interval_minutes INT    NOT NULL,
    CONSTRAINT pk_schedule_extra PRIMARY KEY (id),
    CONSTRAINT fk_schedule_extra_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_schedule_extra_interval CHECK (interval_minutes BETWEEN 5 AND 1440)
);
CREATE INDEX ix_schedule_extra_offering ON schedule_extra (offering_id, on_date);

-- Opening hours per weekday in the venue's local time; a weekday without a row is closed.
CREATE TABLE venue_opening_hours (
    venue_id    BIGINT     NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    opens_at    TIME       NOT NULL,
    closes_at   TIME       NOT NULL,
    CONSTRAINT pk_venue_opening_hours PRIMARY KEY (venue_id, day_of_week),
    CONSTRAINT fk_venue_opening_hours_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);

-- Photos are kept in the database so that every instance serves the same ones (checked images, at most
-- a few megabytes each and a handful per venue).
CREATE TABLE venue_photo (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    venue_id     BIGINT      NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    image        MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_venue_photo PRIMARY KEY (id),
    CONSTRAINT fk_venue_photo_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_venue_photo_venue ON venue_photo (venue_id, id);
