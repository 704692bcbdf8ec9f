package org.budgetledger.platform.security.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.security.Grant;
import org.budgetledger.platform.security.Role;

/** {@code PUT /users/{username}/grants}: every grant the user is to hold, replacing those held. */
@Schema(name = "Grants", description = "Every grant the user is to hold; an empty list takes all away")
record GrantsRequest(@Schema(requiredMode = REQUIRED) List<GrantItem> grants) implements ApiRequest {

    /** A role on a unit's ledgers, or on every unit's with {@code "*"}. */
    @Schema(name = "Grant")
    record GrantItem(
            @Schema(requiredMode = REQUIRED, pattern = "\\*|[A-Za-z0-9-]{1,32}", description = "A unit's code, a department's code (VIEWER on its member units' tables in the years they are members, and its own consolidated tables), or * for every unit",
                    example = "ZZJJ") @Mismatch("must be a unit code (1 to 32 letters, digits or -) or *") String unitCode,
            @Schema(requiredMode = REQUIRED, example = "RECORDER") Role role) {

        Grant toGrant() {
            return new Grant(unitCode, role);
        }
    }

    List<Grant> toGrants() {
        return grants.stream().map(GrantItem::toGrant).toList();
    }
}
