-- Each line row of ledger_entry carries its line's 全年预算 and available balance right after it,
-- computed by the projection from a running figure per line (line_running, upserted in the same
-- statement as the row), so that a page of the history reads its rows and nothing else.
ALTER TABLE ledger_entry ADD COLUMN budget_after_fen BIGINT;
ALTER TABLE ledger_entry ADD COLUMN available_after_fen BIGINT;

CREATE TABLE line_running (
    ledger_id     VARCHAR(64) NOT NULL,
    fund          VARCHAR(32) NOT NULL,
    function_code VARCHAR(7)  NOT NULL,
    nature        VARCHAR(16) NOT NULL,
    project_code  VARCHAR(32),
    budget_fen    BIGINT      NOT NULL,
    available_fen BIGINT      NOT NULL,
    CONSTRAINT line_running_key UNIQUE NULLS NOT DISTINCT (ledger_id, fund, function_code, nature, project_code)
);

-- Rows projected before this version have no such figures. The read model is derived, so it is
-- rebuilt rather than patched: emptied here, with its token, the projection replays the event
-- store from the start when the query side starts (the directory projection keeps its state).
DELETE FROM ledger_entry;
DELETE FROM line_total;
DELETE FROM projection_position WHERE projection = 'ledger-entries';
DELETE FROM token_entry WHERE processor_name = 'ledger-entries';
