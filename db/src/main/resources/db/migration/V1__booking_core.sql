-- The booking core: identity, catalog, inventory, reservation.
-- One dialect for both targets: MySQL 8 / MariaDB 10.11, and H2 2.x in MODE=MySQL.
-- Instants are stored as UTC wall-clock DATETIME(6); the application converts explicitly.

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(32)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE merchant (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    owner_account_id BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_merchant PRIMARY KEY (id),
    CONSTRAINT fk_merchant_owner FOREIGN KEY (owner_account_id) REFERENCES account (id)
);
CREATE INDEX ix_merchant_owner ON merchant (owner_account_id);

CREATE TABLE venue (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT        NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    street      VARCHAR(200)  NOT NULL,
    district    VARCHAR(80)   NOT NULL DEFAULT '',
    city        VARCHAR(80)   NOT NULL,
    latitude    DOUBLE        NOT NULL,
    longitude   DOUBLE        NOT NULL,
    time_zone   VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_venue PRIMARY KEY (id),
    CONSTRAINT fk_venue_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_venue_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT ck_venue_longitude CHECK (longitude BETWEEN -180 AND 180)
);
CREATE INDEX ix_venue_city_category ON venue (city, category);
CREATE INDEX ix_venue_category ON venue (category);
CREATE INDEX ix_venue_merchant ON venue (merchant_id);

CREATE TABLE staff_membership (
    account_id BIGINT NOT NULL,
    venue_id   BIGINT NOT NULL,
    CONSTRAINT pk_staff_membership PRIMARY KEY (account_id, venue_id),
    CONSTRAINT fk_staff_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_staff_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_staff_venue ON staff_membership (venue_id);

CREATE TABLE offering (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    venue_id           BIGINT       NOT NULL,
    name               VARCHAR(120) NOT NULL,
    duration_minutes   INT          NOT NULL,
    capacity           INT          NOT NULL,
    max_party_size     INT          NOT NULL,
    price_minor        BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    cancellation_hours INT          NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_offering PRIMARY KEY (id),
    CONSTRAINT fk_offering_venue FOREIGN KEY (venue_id) REFERENCES venue (id),
    CONSTRAINT ck_offering_duration CHECK (duration_minutes BETWEEN 5 AND 1440),
    CONSTRAINT ck_offering_capacity CHECK (capacity > 0),
    CONSTRAINT ck_offering_party CHECK (max_party_size BETWEEN 1 AND capacity),
    CONSTRAINT ck_offering_price CHECK (price_minor >= 0),
    CONSTRAINT ck_offering_cancellation CHECK (cancellation_hours >= 0)
);
CREATE INDEX ix_offering_venue ON offering (venue_id);

-- A weekly rule: on these days, a slot starts every interval from first_start to last_start (local time).
CREATE TABLE schedule_rule (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    offering_id      BIGINT      NOT NULL,
    days_of_week     VARCHAR(27) NOT NULL,
    first_start      TIME        NOT NULL,
    last_start       TIME        NOT NULL,
    interval_minutes INT         NOT NULL,
    CONSTRAINT pk_schedule_rule PRIMARY KEY (id),
    CONSTRAINT fk_schedule_rule_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_schedule_rule_interval CHECK (interval_minutes BETWEEN 5 AND 1440)
);
CREATE INDEX ix_schedule_rule_offering ON schedule_rule (offering_id);

CREATE TABLE blackout_date (
    offering_id BIGINT NOT NULL,
    closed_on   DATE   NOT NULL,
    CONSTRAINT pk_blackout_date PRIMARY KEY (offering_id, closed_on),
    CONSTRAINT fk_blackout_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
);

-- booked = held + confirmed party sizes. The conditional update that books places and this
-- check together make overbooking impossible, whatever the number of application instances.
CREATE TABLE slot (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    offering_id BIGINT      NOT NULL,
    venue_id    BIGINT      NOT NULL,
    start_at    DATETIME(6) NOT NULL,
    end_at      DATETIME(6) NOT NULL,
    capacity    INT         NOT NULL,
    booked      INT         NOT NULL DEFAULT 0,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_slot PRIMARY KEY (id),
    CONSTRAINT uq_slot_offering_start UNIQUE (offering_id, start_at),
    CONSTRAINT fk_slot_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_slot_venue FOREIGN KEY (venue_id) REFERENCES venue (id),
    CONSTRAINT ck_slot_capacity CHECK (capacity > 0),
    CONSTRAINT ck_slot_booked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT ck_slot_times CHECK (end_at > start_at)
);
CREATE INDEX ix_slot_venue_start ON slot (venue_id, start_at);

CREATE TABLE reservation (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    code            CHAR(8)     NOT NULL,
    account_id      BIGINT      NOT NULL,
    slot_id         BIGINT      NOT NULL,
    venue_id        BIGINT      NOT NULL,
    party_size      INT         NOT NULL,
    status          VARCHAR(16) NOT NULL,
    source_type     VARCHAR(16) NOT NULL,
    source_ref      VARCHAR(64) NOT NULL DEFAULT '',
    channel         VARCHAR(16) NOT NULL,
    hold_expires_at DATETIME(6) NULL,
    created_at      DATETIME(6) NOT NULL,
    confirmed_at    DATETIME(6) NULL,
    cancelled_at    DATETIME(6) NULL,
    cancel_reason   VARCHAR(24) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_reservation PRIMARY KEY (id),
    CONSTRAINT uq_reservation_code UNIQUE (code),
    CONSTRAINT fk_reservation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_reservation_slot FOREIGN KEY (slot_id) REFERENCES slot (id),
    CONSTRAINT fk_reservation_venue FOREIGN KEY (venue_id) REFERENCES venue (id),
    CONSTRAINT ck_reservation_party CHECK (party_size > 0)
);
CREATE INDEX ix_reservation_account ON reservation (account_id, created_at);
CREATE INDEX ix_reservation_status_expiry ON reservation (status, hold_expires_at);
CREATE INDEX ix_reservation_slot ON reservation (slot_id);

-- A repeated POST with the same Idempotency-Key takes effect once.
CREATE TABLE idempotency_record (
    account_id     BIGINT      NOT NULL,
    idem_key       VARCHAR(100) NOT NULL,
    request_hash   CHAR(64)    NOT NULL,
    reservation_id BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (account_id, idem_key),
    CONSTRAINT fk_idempotency_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_idempotency_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id)
);

-- Secrets the platform generates for itself when none is configured (e.g. the token signing key),
-- kept here so that every instance and every restart uses the same one.
CREATE TABLE platform_secret (
    name         VARCHAR(64)  NOT NULL,
    secret_value VARCHAR(512) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_platform_secret PRIMARY KEY (name)
);
