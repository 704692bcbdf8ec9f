package org.budgetledger.query.api;

import java.util.List;
import java.util.Map;
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

    private static final long REPLAY_TIMEOUT_SECONDS = 600;

    private final ProjectionReplay replay;

    ProjectionAdminController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/replay")
    Map<String, Object> replayAll() throws InterruptedException {
        return Map.of("replayed", replay.replay(ProjectionReplay.PROJECTIONS, REPLAY_TIMEOUT_SECONDS));
    }

    @PostMapping("/{projection}/replay")
    Map<String, Object> replayOne(@PathVariable String projection) throws InterruptedException {
        if (!ProjectionReplay.PROJECTIONS.contains(projection)) {
            throw LedgerRejection.invalid("projection", "must be one of " + ProjectionReplay.PROJECTIONS);
        }
        return Map.of("replayed", replay.replay(List.of(projection), REPLAY_TIMEOUT_SECONDS));
    }
}
