-- Any account applies to become a merchant; an administrator approves or rejects it with a reason.
CREATE TABLE merchant_application (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      BIGINT       NOT NULL,
    business_name   VARCHAR(120) NOT NULL,
    contact         VARCHAR(200) NOT NULL,
    licence_number  VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    decision_reason VARCHAR(500) NULL,
    decided_by      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    decided_at      DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_merchant_application PRIMARY KEY (id),
    CONSTRAINT fk_merchant_application_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_merchant_application_admin FOREIGN KEY (decided_by) REFERENCES account (id)
);
CREATE INDEX ix_merchant_application_status ON merchant_application (status, created_at);
CREATE INDEX ix_merchant_application_account ON merchant_application (account_id);
