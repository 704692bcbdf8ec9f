package org.budgetledger.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * The largest request body each endpoint takes: {@code ledger.max-body-size} (1 MB) for a command
 * or any other API call, {@code ledger.max-journal-size} (64 MB) for {@code POST /api/v1/journal}
 * and the UI's journal upload, which carry a year of entries, and for the lint of a published text
 * ({@code /api/v1/lint} and the page {@code /lint}), which refuses more than 2 MiB itself. A larger {@code Content-Length} is
 * refused before the body is read, {@code 413} problem+json {@code BODY_TOO_LARGE}; a chunked body
 * is counted as it is read and refused the same way once it passes the limit, so that no request
 * makes the process hold more than the limit in memory.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final long maxBody;
    private final long maxJournal;

    public BodyLimitFilter(ObjectMapper json, long maxBody, long maxJournal) {
        this.json = json;
        this.maxBody = maxBody;
        this.maxJournal = maxJournal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        // The lint (API and page) takes a published document and answers its own 413 DOCUMENT_TOO_LARGE
        // past 2 MiB, more than a command's limit: it is measured against the journal's.
        long limit = path.endsWith("/journal") || path.endsWith("/lint") ? maxJournal : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, declared, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (causedByLimit(failure) && !response.isCommitted()) {
                response.resetBuffer();
                refuse(response, -1, limit);
                return;
            }
            throw failure;
        }
    }

    private static boolean causedByLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, long declared, long limit) throws IOException {
        LedgerRejection rejection = new LedgerRejection(ErrorCode.BODY_TOO_LARGE, "The body " + (declared >= 0 ? "of " + declared
                + " bytes " : "") + "is larger than the " + limit + " bytes this endpoint takes");
        // The rest of the body is not read: the connection is closed after this answer.
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, rejection, json);
    }

    /** Thrown by the counting stream once a body passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > limit) {
                            throw new TooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
