-- Users, their grants and the security events, shared by every process on this database (command
-- side, query side, standalone): a two-process deployment authenticates the same users.
-- Owned by the platform, so that either side alone creates them.

CREATE TABLE ledger_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    -- Spring Security's delegating format: {bcrypt}$2a$10$…; never the password itself.
    password_hash VARCHAR(500) NOT NULL,
    admin         BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- Bumped on every change of the user (password, grants, account).
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE ledger_grant (
    username  VARCHAR(64) NOT NULL REFERENCES ledger_user (username) ON DELETE CASCADE,
    -- A unit's code, or '*' for every unit.
    unit_code VARCHAR(32) NOT NULL,
    role      VARCHAR(16) NOT NULL CHECK (role IN ('VIEWER', 'RECORDER', 'APPROVER', 'AUDITOR')),
    PRIMARY KEY (username, unit_code, role)
);

CREATE TABLE security_event (
    id             BIGSERIAL    NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    type           VARCHAR(32)  NOT NULL,
    -- The user the event is about: who logged in or was refused, or whose account changed.
    username       VARCHAR(200),
    remote_address VARCHAR(100),
    outcome        VARCHAR(16)  NOT NULL,
    detail         VARCHAR(1000)
);

CREATE INDEX security_event_newest_first ON security_event (occurred_at DESC, id DESC);
