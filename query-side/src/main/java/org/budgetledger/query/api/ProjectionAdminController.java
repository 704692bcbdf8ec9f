package org.budgetledger.query.api;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.AdminOnly;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.replay.ProjectionReplay;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the read models: rebuild one, or all, from the event store. */
@RestController
@RequestMapping(path = "/api/v1/admin/projections", produces = "application/json")
class ProjectionAdminController {

    private static final long REPLAY_TIMEOUT_SECONDS = 3600;

    private final ProjectionReplay replay;

    ProjectionAdminController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Rebuild every read model from the first event")
    @Rejects({ErrorCode.FORBIDDEN})
    @AdminOnly("rebuilds read models")
    @PostMapping("/replay")
    ReplayAnswer replayAll() throws InterruptedException {
        return new ReplayAnswer(replay.replay(ProjectionReplay.PROJECTIONS, REPLAY_TIMEOUT_SECONDS));
    }

    @Operation(summary = "Rebuild one read model from the first event")
    @Rejects({ErrorCode.FORBIDDEN})
    @AdminOnly("rebuilds read models")
    @PostMapping("/{projection}/replay")
    ReplayAnswer replayOne(@Parameter(description = "ledger-entries or ledger-directory") @PathVariable String projection)
            throws InterruptedException {
        if (!ProjectionReplay.PROJECTIONS.contains(projection)) {
            throw LedgerRejection.invalid("projection", "must be one of " + ProjectionReplay.PROJECTIONS);
        }
        return new ReplayAnswer(replay.replay(List.of(projection), REPLAY_TIMEOUT_SECONDS));
    }
}
