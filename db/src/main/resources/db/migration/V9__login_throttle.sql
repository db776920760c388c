-- Sign-in attempts per key ("client:<address>", "account:<username>@<address>") in fixed windows,
-- shared by every instance. A row is taken with one upsert before the password is hashed, so
-- parallel guesses are counted one after another (docs/decisions/0018-sign-in-throttle.md).
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(190) NOT NULL,
    window_start  DATETIME(6)  NOT NULL,
    attempts      INT          NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key)
);
CREATE INDEX ix_login_throttle_window ON login_throttle (window_start);
