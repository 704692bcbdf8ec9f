-- Payment requests (冻结): the rows of a request, its approval and its rejection name the request,
-- and the approval's and rejection's rows name its requester beside who decided (recorded_by).
-- The list of a ledger's payment requests is read from these rows, like everything else.
ALTER TABLE ledger_entry ADD COLUMN payment_request_id VARCHAR(32);
ALTER TABLE ledger_entry ADD COLUMN requested_by VARCHAR(200);
CREATE INDEX ledger_entry_payment_request_idx ON ledger_entry (ledger_id, payment_request_id)
    WHERE payment_request_id IS NOT NULL;
