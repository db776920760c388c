-- Ids are taken in blocks from this table (JPA table generators, see META-INF/orm.xml in booking-ejb)
-- instead of being read back after each INSERT: EclipseLink 4.0.1's generated-key read-back leaves a
-- JDBC statement open per insert, and a server dies of it (docs/decisions/0012-ids-in-blocks.md).
-- next_val is the last id handed out; a block of n ids is next_val + 1 .. next_val + n, taken in a
-- transaction of its own. The id columns keep AUTO_INCREMENT only for old rows: every insert,
-- including SQL written by hand, must take its id from here.
CREATE TABLE id_sequence (
    name     VARCHAR(64) NOT NULL,
    next_val BIGINT      NOT NULL,
    CONSTRAINT pk_id_sequence PRIMARY KEY (name)
);

INSERT INTO id_sequence (name, next_val) SELECT 'account', COALESCE(MAX(id), 0) FROM account;
INSERT INTO id_sequence (name, next_val) SELECT 'merchant', COALESCE(MAX(id), 0) FROM merchant;
INSERT INTO id_sequence (name, next_val)
    SELECT 'merchant_application', COALESCE(MAX(id), 0) FROM merchant_application;
INSERT INTO id_sequence (name, next_val) SELECT 'venue', COALESCE(MAX(id), 0) FROM venue;
INSERT INTO id_sequence (name, next_val) SELECT 'venue_photo', COALESCE(MAX(id), 0) FROM venue_photo;
INSERT INTO id_sequence (name, next_val) SELECT 'offering', COALESCE(MAX(id), 0) FROM offering;
INSERT INTO id_sequence (name, next_val) SELECT 'schedule_rule', COALESCE(MAX(id), 0) FROM schedule_rule;
INSERT INTO id_sequence (name, next_val)
    SELECT 'schedule_extra', COALESCE(MAX(id), 0) FROM schedule_extra;
INSERT INTO id_sequence (name, next_val) SELECT 'slot', COALESCE(MAX(id), 0) FROM slot;
INSERT INTO id_sequence (name, next_val) SELECT 'reservation', COALESCE(MAX(id), 0) FROM reservation;
