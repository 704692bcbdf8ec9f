-- Performance targets and results (绩效目标 / 实际完成值) are entries of the ledger without a line;
-- their content (the scope, the indicators, the result) is kept as JSON text in payload, since the
-- self-evaluation tables read it whole and nothing filters inside it.
ALTER TABLE ledger_entry ADD COLUMN payload TEXT;
