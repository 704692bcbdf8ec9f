-- The query side's read models. Each table belongs to one projection (processing group), which
-- writes it in the same transaction as its tracking token, and clears it before a replay.

-- Projection "ledger-directory": one row per ledger.
CREATE TABLE ledger_directory (
    ledger_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    unit_code   VARCHAR(32)  NOT NULL,
    unit_name   VARCHAR(500) NOT NULL,
    fiscal_year INTEGER      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    opened_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Projection "ledger-entries": every movement of money (and every entry that moves none), one
-- row per line an entry touches. Lines, reports and history are all computed from these rows,
-- filtered by effective date (asOf) or recording time (knownAt).
CREATE TABLE ledger_entry (
    id                    BIGSERIAL    NOT NULL PRIMARY KEY,
    ledger_id             VARCHAR(64)  NOT NULL,
    sequence              BIGINT       NOT NULL,
    entry_type            VARCHAR(64)  NOT NULL,
    movement              VARCHAR(32)  NOT NULL,
    effective_date        DATE         NOT NULL,
    recorded_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by           VARCHAR(200),
    request_id            VARCHAR(64)  NOT NULL,
    document_no           VARCHAR(500),
    voucher_no            VARCHAR(500),
    reason                VARCHAR(1000),
    fund                  VARCHAR(32),
    function_code         VARCHAR(7),
    nature                VARCHAR(16),
    project_code          VARCHAR(32),
    project_name          VARCHAR(500),
    balance_kind          VARCHAR(32),
    revenue_type          VARCHAR(32),
    economic_code         VARCHAR(5),
    payee                 VARCHAR(500),
    three_public_category VARCHAR(32),
    amount_fen            BIGINT       NOT NULL DEFAULT 0,
    reception_batches     INTEGER      NOT NULL DEFAULT 0,
    reception_guests      INTEGER      NOT NULL DEFAULT 0,
    vehicles_purchased    INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX ledger_entry_ledger_sequence_idx ON ledger_entry (ledger_id, sequence);

-- How far each projection has applied each ledger (read-your-writes: minSequence).
CREATE TABLE projection_position (
    projection VARCHAR(64) NOT NULL,
    ledger_id  VARCHAR(64) NOT NULL,
    sequence   BIGINT      NOT NULL,
    PRIMARY KEY (projection, ledger_id)
);
