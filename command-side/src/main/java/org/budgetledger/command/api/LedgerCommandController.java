package org.budgetledger.command.api;

import java.util.Map;
import org.budgetledger.platform.http.LedgerPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The commands of a ledger, one endpoint each, as the HTTP contract lists them. */
@RestController
@RequestMapping(path = "/api/v1/ledgers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerCommandController {

    private final CommandSender sender;
    private final String recordedBy;

    LedgerCommandController(CommandSender sender, @Value("${ledger.default-user}") String recordedBy) {
        this.sender = sender;
        this.recordedBy = recordedBy;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> openLedger(@RequestBody JsonNode body) {
        return sender.send(CommandReader.openLedger(body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/appropriations")
    Map<String, Object> appropriateFunds(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.appropriateFunds(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/adjustments")
    Map<String, Object> midYearAdjust(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.midYearAdjust(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/revenues")
    Map<String, Object> recordRevenue(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.recordRevenue(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/expenditures")
    Map<String, Object> recordExpenditure(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.recordExpenditure(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/expenditures/{voucherNo}/reversal")
    Map<String, Object> reverseExpenditure(@PathVariable String unit, @PathVariable String year,
            @PathVariable String voucherNo, @RequestBody JsonNode body) {
        return sender.send(CommandReader.reverseExpenditure(LedgerPaths.ledgerId(unit, year), voucherNo, body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/three-public-budgets")
    Map<String, Object> setThreePublicBudget(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.setThreePublicBudget(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }

    @PostMapping("/{unit}/{year}/closing")
    Map<String, Object> closeYear(@PathVariable String unit, @PathVariable String year, @RequestBody JsonNode body) {
        return sender.send(CommandReader.closeYear(LedgerPaths.ledgerId(unit, year), body, recordedBy));
    }
}
