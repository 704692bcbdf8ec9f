-- The requests each ledger has applied (idempotency), kept beside the event store so that the
-- ledger aggregate does not carry every request id it has ever seen. Written in the same
-- transaction as the request's event; the primary key settles races between processes.
CREATE TABLE ledger_request (
    ledger_id          VARCHAR(255) NOT NULL,
    request_id         VARCHAR(64)  NOT NULL,
    fingerprint        VARCHAR(64)  NOT NULL,
    sequence           BIGINT       NOT NULL,
    line_key           VARCHAR(200),
    payment_request_id VARCHAR(32),
    PRIMARY KEY (ledger_id, request_id)
);

-- A payment request's decision is found by its id (a late approval is told it is no longer pending).
CREATE INDEX ledger_request_payment_request_idx ON ledger_request (ledger_id, payment_request_id)
    WHERE payment_request_id IS NOT NULL;

-- A store written before this table existed: every ledger event carries its request, so the log
-- is derived from the events, with the answer's line as RequestLog.Entry.of derives it.
INSERT INTO ledger_request (ledger_id, request_id, fingerprint, sequence, line_key, payment_request_id)
SELECT e.aggregate_identifier,
       j.p ->> 'requestId',
       j.p ->> 'requestFingerprint',
       e.sequence_number + 1,
       CASE WHEN e.payload_type LIKE '%.FundsAppropriated' OR e.payload_type LIKE '%.BudgetAdjusted'
                 OR e.payload_type LIKE '%.RevenueRecorded' OR e.payload_type LIKE '%.ExpenditureRecorded'
                 OR e.payload_type LIKE '%.ExpenditureReversed' OR e.payload_type LIKE '%.PaymentRequested'
                 OR e.payload_type LIKE '%.PaymentApproved' OR e.payload_type LIKE '%.PaymentRequestRejected'
            THEN (j.p -> 'line' ->> 'fund') || '/' || (j.p -> 'line' ->> 'functionCode') || '/' || (j.p -> 'line' ->> 'nature')
                 || COALESCE('/' || (j.p -> 'line' ->> 'projectCode'), '')
       END,
       j.p ->> 'paymentRequestId'
FROM domain_event_entry e
CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS p) j
WHERE e.type = 'Ledger'
ON CONFLICT DO NOTHING;
