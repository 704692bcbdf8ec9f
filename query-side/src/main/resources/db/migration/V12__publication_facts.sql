-- The facts of the whole publication (情况说明) that the lines do not hold. All null on every row
-- recorded before they existed, which is what those events say, so no rebuild is needed.
-- The procurement (政府采购) of an expenditure's, a payment request's or approval's row, and of the
-- reversal of a procured expenditure (copied from the expenditure's row, as its counterparty is).
ALTER TABLE ledger_entry ADD COLUMN procurement_method VARCHAR(16);
ALTER TABLE ledger_entry ADD COLUMN supplier_size VARCHAR(16);
-- The category of a 一般性支出 budget (ControlBudgetSet) and the kind of a statement
-- (StatementRecorded, whose figures are the row's payload).
ALTER TABLE ledger_entry ADD COLUMN control_budget_category VARCHAR(32);
ALTER TABLE ledger_entry ADD COLUMN statement_kind VARCHAR(32);
-- The procurement totals read only these rows of a ledger.
CREATE INDEX ledger_entry_procurement_idx ON ledger_entry (ledger_id) WHERE procurement_method IS NOT NULL;
