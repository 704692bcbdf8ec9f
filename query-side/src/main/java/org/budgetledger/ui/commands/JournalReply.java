package org.budgetledger.ui.commands;

import java.util.List;
import org.budgetledger.platform.http.LineView;
import org.budgetledger.platform.problem.Problem;

/** A journal's answer as the command side's API writes it (its {@code JournalAnswer}), read back by the UI. */
public record JournalReply(List<Result> results, Summary summary) {

    /** One input line: its command's answer (status 200) or its problem. */
    public record Result(int index, int status, String requestId, String ledger, Long sequence, Boolean duplicate, LineView line,
            String type, String title, String detail, String code, List<Problem.FieldError> errors) {
    }

    public record Summary(int applied, int duplicates, int rejected) {
    }
}
