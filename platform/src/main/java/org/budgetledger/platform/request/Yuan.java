package org.budgetledger.platform.request;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amount as the contract writes it in a request: yuan as a string with at most two decimals
 * ({@code "94111500.00"}), held as whole fen. A JSON number is read too, through its decimal value.
 */
@Schema(type = "string", pattern = "^[0-9]+(\\.[0-9]{1,2})?$", example = "4500000.00",
        description = "An amount in yuan (元) as a string with at most 2 decimals")
public record Yuan(long fen) {
}
