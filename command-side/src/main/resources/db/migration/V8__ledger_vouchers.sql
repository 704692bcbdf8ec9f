-- The voucher numbers each ledger has used (unique in a ledger), with what the reversal of an
-- expenditure needs, kept beside the event store so that the ledger aggregate does not carry
-- them all. Written in the same transaction as the voucher's event (VoucherLog.Change.of).
CREATE TABLE ledger_voucher (
    ledger_id          VARCHAR(255) NOT NULL,
    voucher_no         VARCHAR(500) NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    line_key           VARCHAR(200) NOT NULL,
    economic_code      VARCHAR(5),
    amount_fen         BIGINT       NOT NULL,
    reception_batches  INTEGER      NOT NULL DEFAULT 0,
    reception_guests   INTEGER      NOT NULL DEFAULT 0,
    vehicles_purchased INTEGER      NOT NULL DEFAULT 0,
    reversed           BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (ledger_id, voucher_no)
);

-- A store written before this table existed: each voucher as its latest event left it (a rejected
-- payment request frees its number; an approval makes it an expenditure), reversed if a reversal
-- of it came later.
WITH voucher_event AS (
    SELECT d.aggregate_identifier AS ledger_id, d.sequence_number AS seq,
           substring(d.payload_type FROM '[^.]*$') AS event, convert_from(d.payload, 'UTF8')::jsonb AS p
    FROM domain_event_entry d
    WHERE d.type = 'Ledger'
      AND substring(d.payload_type FROM '[^.]*$') IN ('RevenueRecorded', 'ExpenditureRecorded', 'PaymentRequested',
          'PaymentApproved', 'PaymentRequestRejected', 'ExpenditureReversed')
), latest AS (
    SELECT DISTINCT ON (ledger_id, p ->> 'voucherNo') ledger_id, seq, event, p
    FROM voucher_event
    WHERE event <> 'ExpenditureReversed'
    ORDER BY ledger_id, p ->> 'voucherNo', seq DESC
)
INSERT INTO ledger_voucher (ledger_id, voucher_no, kind, line_key, economic_code, amount_fen, reception_batches,
    reception_guests, vehicles_purchased, reversed)
SELECT l.ledger_id, l.p ->> 'voucherNo',
       CASE l.event WHEN 'RevenueRecorded' THEN 'REVENUE' WHEN 'PaymentRequested' THEN 'PAYMENT_REQUEST' ELSE 'EXPENDITURE' END,
       (l.p -> 'line' ->> 'fund') || '/' || (l.p -> 'line' ->> 'functionCode') || '/' || (l.p -> 'line' ->> 'nature')
           || COALESCE('/' || (l.p -> 'line' ->> 'projectCode'), ''),
       l.p ->> 'economicCode', (l.p ->> 'amountFen')::BIGINT,
       COALESCE((l.p -> 'statistics' ->> 'receptionBatches')::INTEGER, 0),
       COALESCE((l.p -> 'statistics' ->> 'receptionGuests')::INTEGER, 0),
       COALESCE((l.p -> 'statistics' ->> 'vehiclesPurchased')::INTEGER, 0),
       EXISTS (SELECT 1 FROM voucher_event r WHERE r.event = 'ExpenditureReversed' AND r.ledger_id = l.ledger_id
               AND r.p ->> 'voucherNo' = l.p ->> 'voucherNo' AND r.seq > l.seq)
FROM latest l
WHERE l.event <> 'PaymentRequestRejected'
ON CONFLICT DO NOTHING;
