package org.budgetledger.command.department;

import static org.budgetledger.rejection.ErrorCode.FORBIDDEN;
import static org.budgetledger.rejection.ErrorCode.UNIT_IN_OTHER_DEPARTMENT;
import static org.budgetledger.rejection.ErrorCode.UNKNOWN_UNIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.problem.ProblemResponses;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.AdminOnly;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The department registry's one command. Setting who belongs to a department decides who sees
 * whose tables (a grant on a department reads its members'), so it is for an APPROVER of every
 * unit ({@code *}) or an administrator, not for a unit's own people.
 */
@RestController
@Tag(name = "Departments", description = "Departments (主管部门), their member units and their consolidated tables (汇总)")
@RequestMapping(path = "/api/v1/departments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class DepartmentCommandController {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final int ATTEMPTS = 3;

    private final CommandGateway gateway;

    DepartmentCommandController(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Operation(summary = "DefineDepartment: name a department and set its member units (APPROVER on * or ADMIN)",
            description = "Replaces the members from fromYear on (every year without it); the history keeps every change. "
                    + "Setting what is already so records nothing (changed: false).")
    @Rejects({FORBIDDEN, UNKNOWN_UNIT, UNIT_IN_OTHER_DEPARTMENT})
    @AdminOnly(value = "defines departments", orApproverEverywhere = true)
    @PutMapping("/{code}")
    DepartmentAnswer define(@Parameter(description = "The department's code", example = "ZZGA") @PathVariable String code,
            @RequestBody DefineDepartmentRequest request) {
        LedgerUser user = CurrentUser.get();
        if (!CODE.matcher(code).matches()) {
            throw LedgerRejection.invalid("code", "must be 1 to 32 letters, digits or -");
        }
        DefineDepartment command = request.toCommand(code, user.username());
        for (int attempt = 1; ; attempt++) {
            try {
                return DepartmentAnswer.of(gateway.sendAndWait(command));
            } catch (RuntimeException failure) {
                // Two changes of the registry at the same moment: the loser recorded nothing and is sent again.
                if (attempt < ATTEMPTS && lostRace(failure)) {
                    continue;
                }
                LedgerRejection rejection = ProblemResponses.asRejection(failure);
                throw rejection == null ? failure : rejection;
            }
        }
    }

    private static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
