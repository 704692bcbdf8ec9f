package org.budgetledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.util.List;
import org.budgetledger.platform.problem.ProblemStatus;
import org.budgetledger.rejection.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The journal of identity and access ({@code security_event}), shared by every process on the
 * database. Recording never fails the request it is about: a failure to write is logged and the
 * request goes on.
 */
@Component
public class SecurityEvents {

    /** The most events one query answers. */
    public static final int MAX_LIMIT = 1000;

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);
    private static final int MAX_DETAIL = 1000;

    private final JdbcTemplate jdbc;

    public SecurityEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event; {@code remoteAddress} and {@code detail} may be null. */
    public void record(SecurityEvent.Type type, String username, String remoteAddress, SecurityEvent.Outcome outcome,
            String detail) {
        try {
            jdbc.update("INSERT INTO security_event (type, username, remote_address, outcome, detail) VALUES (?, ?, ?, ?, ?)",
                    type.name(), truncate(username, 200), truncate(remoteAddress, 100), outcome.name(), truncate(detail, MAX_DETAIL));
        } catch (DataAccessException e) {
            log.warn("Could not record the security event {} {} of {}: {}", type, outcome, username, e.getMessage());
        }
    }

    /** Records an event about the current HTTP request's caller address (none outside a request). */
    public void record(SecurityEvent.Type type, String username, SecurityEvent.Outcome outcome, String detail) {
        record(type, username, currentRemoteAddress(), outcome, detail);
    }

    /**
     * Records a refused request ({@code UNAUTHENTICATED}, {@code FORBIDDEN}, or any other code
     * the caller considers a refusal, e.g. one journal line refused for the caller's role).
     *
     * @param username who was refused, null when unauthenticated
     * @param remoteAddress the client's address, null when unknown
     * @param code the code answered
     * @param detail what was refused, e.g. {@code "POST /api/v1/ledgers/ZZJJ/2024/appropriations: role RECORDER"}
     */
    public void recordRefusal(String username, String remoteAddress, ErrorCode code, String detail) {
        record(SecurityEvent.Type.REQUEST_REFUSED, username, remoteAddress, SecurityEvent.Outcome.REFUSED,
                ProblemStatus.of(code) + " " + code + (detail == null || detail.isBlank() ? "" : ": " + detail));
    }

    /** {@link #recordRefusal(String, String, ErrorCode, String)} for an HTTP request: its method, path and address. */
    public void recordRefusal(HttpServletRequest request, String username, ErrorCode code, String detail) {
        String what = request.getMethod() + " " + request.getRequestURI();
        recordRefusal(username, request.getRemoteAddr(), code, detail == null || detail.isBlank() ? what : what + ": " + detail);
    }

    /** The newest events first, at most {@code limit} (1 to {@value #MAX_LIMIT}). */
    public List<SecurityEvent> newest(int limit) {
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        return jdbc.query("SELECT id, occurred_at, type, username, remote_address, outcome, detail FROM security_event "
                + "ORDER BY occurred_at DESC, id DESC LIMIT ?", (row, i) -> new SecurityEvent(row.getLong("id"),
                        row.getObject("occurred_at", Timestamp.class).toInstant(), SecurityEvent.Type.valueOf(row.getString("type")),
                        row.getString("username"), row.getString("remote_address"),
                        SecurityEvent.Outcome.valueOf(row.getString("outcome")), row.getString("detail")), bounded);
    }

    /** The address of the client of the request being served, or null. */
    static String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
