-- Departments (汇总). The counterparty of an entry that moves money between two budget units
-- (上级补助 / 对附属单位补助, 附属单位上缴 / 上缴上级): a department's tables eliminate the pair when
-- both units are its members. Null for every other entry and for every entry recorded before it
-- existed, which is what those events say, so no rebuild is needed.
ALTER TABLE ledger_entry ADD COLUMN counterparty_unit VARCHAR(32);
-- The consolidation reads only these few rows of each member ledger.
CREATE INDEX ledger_entry_counterparty_idx ON ledger_entry (ledger_id) WHERE counterparty_unit IS NOT NULL;

-- The department registry's history, one row per change (its entry number in the registry):
-- who is a member from which year, as DepartmentMembershipSet recorded it.
CREATE TABLE department_change (
    change_number   BIGINT       NOT NULL PRIMARY KEY,
    department_code VARCHAR(32)  NOT NULL,
    department_name VARCHAR(255) NOT NULL,
    from_year       INTEGER      NOT NULL,
    -- The member unit codes in order, joined by commas (a unit code has none).
    units           TEXT         NOT NULL,
    recorded_by     VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX department_change_code_idx ON department_change (department_code, change_number);
