-- Projection "ledger-entries" also keeps each ledger's running totals, so that a current position
-- reads a few rows per line instead of adding up every entry again: one row per line and movement
-- (and per balance kind, revenue type and economic code, which the reports split by), upserted
-- with each line row of ledger_entry in the same transaction. first_sequence/first_entry_id are the
-- first row of the group: the lines come out in the order they first appeared, and a line takes
-- the project name of its first row, as when every row is added up. Positions as of a date or as
-- known at a time aggregate ledger_entry by the same keys instead.
CREATE TABLE line_total (
    ledger_id          VARCHAR(64)  NOT NULL,
    fund               VARCHAR(32)  NOT NULL,
    function_code      VARCHAR(7)   NOT NULL,
    nature             VARCHAR(16)  NOT NULL,
    project_code       VARCHAR(32),
    project_name       VARCHAR(500),
    movement           VARCHAR(32)  NOT NULL,
    balance_kind       VARCHAR(32),
    revenue_type       VARCHAR(32),
    economic_code      VARCHAR(5),
    amount_fen         BIGINT       NOT NULL,
    reception_batches  INTEGER      NOT NULL,
    reception_guests   INTEGER      NOT NULL,
    vehicles_purchased INTEGER      NOT NULL,
    first_sequence     BIGINT       NOT NULL,
    first_entry_id     BIGINT       NOT NULL,
    -- A basic line has no project code, most movements no kind, type or code: NULL is a value of the key.
    CONSTRAINT line_total_key UNIQUE NULLS NOT DISTINCT (ledger_id, fund, function_code, nature, project_code, movement,
        balance_kind, revenue_type, economic_code)
);

-- The totals of the rows already there (a database migrated with its read model in place).
INSERT INTO line_total (ledger_id, fund, function_code, nature, project_code, project_name, movement, balance_kind,
        revenue_type, economic_code, amount_fen, reception_batches, reception_guests, vehicles_purchased, first_sequence,
        first_entry_id)
SELECT ledger_id, fund, function_code, nature, project_code, (array_agg(project_name ORDER BY sequence, id))[1], movement,
       balance_kind, revenue_type, economic_code, SUM(amount_fen), SUM(reception_batches), SUM(reception_guests),
       SUM(vehicles_purchased), MIN(sequence), MIN(id)
FROM ledger_entry
WHERE fund IS NOT NULL
GROUP BY ledger_id, fund, function_code, nature, project_code, movement, balance_kind, revenue_type, economic_code;

-- asOf / knownAt positions aggregate the rows effective or recorded by then.
CREATE INDEX ledger_entry_ledger_effective_idx ON ledger_entry (ledger_id, effective_date);
CREATE INDEX ledger_entry_ledger_recorded_idx ON ledger_entry (ledger_id, recorded_at);
-- A position reads the few rows without a line (三公 budgets, the close, performance entries) by themselves.
CREATE INDEX ledger_entry_ledger_lineless_idx ON ledger_entry (ledger_id, sequence) WHERE fund IS NULL;
