package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.SupplierSize;

/**
 * {@code POST /ledgers/{unit}/{year}/expenditures}: RecordExpenditure; also the body of
 * {@code POST …/payment-requests} (RequestPayment), which the contract defines as an expenditure's.
 */
@Schema(description = "An expenditure from a line: at most its available balance, and within the 三公 control budgets")
record RecordExpenditureRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "e-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED) LineObject line,
        @Schema(requiredMode = REQUIRED, pattern = "[0-9]{5}", description = "部门预算支出经济分类 款: a 5-digit economic code",
                example = "30217") @Mismatch("must be a 5-digit economic code (款), such as \"30201\"") String economicCode,
        @Schema(requiredMode = REQUIRED, description = "Greater than zero") Yuan amount,
        @Schema(requiredMode = REQUIRED, example = "2024-04-02") LocalDate effectiveDate,
        @Schema(requiredMode = REQUIRED, description = "The voucher (凭证号), unique in the ledger", example = "记-2024-0001") String voucherNo,
        @Schema(description = "Who was paid", example = "某接待单位") String payee,
        @Schema(description = "A free description") String description,
        @Schema(description = "三公 statistics: receptions on 30217 only, vehicles on 31013 only") StatisticsRequest statistics,
        @Schema(pattern = Counterparties.PATTERN, description = Counterparties.EXPENDITURE_DESCRIPTION, example = "ZZSJ-FJ")
        @Mismatch(Counterparties.MISMATCH) String counterpartyUnit,
        @Schema(description = "That the money is spent under government procurement (政府采购), and how; absent outside it")
        ProcurementRequest procurement)
        implements ApiRequest {

    /** 政府采购: the method and the size of the supplier the contract went to, both required when given. */
    @Schema(name = "Procurement")
    record ProcurementRequest(
            @Schema(requiredMode = REQUIRED, description = "货物 GOODS, 工程 WORKS or 服务 SERVICES", example = "GOODS")
            ProcurementMethod method,
            @Schema(requiredMode = REQUIRED, description = "SMALL_MICRO and MEDIUM count as awarded to SMEs (中小企业)",
                    example = "SMALL_MICRO") SupplierSize supplierSize) implements ApiRequest {

        Procurement toProcurement() {
            return new Procurement(method, supplierSize);
        }
    }

    /** The counts a 三公 expenditure may carry. */
    @Schema(name = "ExpenditureStatistics")
    record StatisticsRequest(
            @Schema(minimum = "0", maximum = "1000000", description = "接待批次", example = "1") Integer receptionBatches,
            @Schema(minimum = "0", maximum = "1000000", description = "接待人次", example = "8") Integer receptionGuests,
            @Schema(minimum = "0", maximum = "1000000", description = "公务用车购置数", example = "0") Integer vehiclesPurchased)
            implements ApiRequest {

        ExpenditureStatistics toStatistics() {
            return new ExpenditureStatistics(orZero(receptionBatches), orZero(receptionGuests), orZero(vehiclesPurchased));
        }

        private static int orZero(Integer count) {
            return count == null ? 0 : count;
        }
    }

    /** 三公 statistics belong to their codes: receptions to 公务接待费, vehicles to 公务用车购置费. */
    @Override
    public void check(Violations violations) {
        Amounts.requirePositive(amount, violations);
        if (statistics == null || economicCode == null) {
            return;
        }
        ExpenditureStatistics counts = statistics.toStatistics();
        String reception = ThreePublicCategory.RECEPTION.economicCode();
        String vehiclePurchase = ThreePublicCategory.VEHICLE_PURCHASE.economicCode();
        if ((counts.receptionBatches() != 0 || counts.receptionGuests() != 0) && !reception.equals(economicCode)) {
            violations.reject("statistics.receptionBatches", "are counted only on 公务接待费 (" + reception + ")");
        }
        if (counts.vehiclesPurchased() != 0 && !vehiclePurchase.equals(economicCode)) {
            violations.reject("statistics.vehiclesPurchased", "are counted only on 公务用车购置费 (" + vehiclePurchase + ")");
        }
    }

    /**
     * A payment request has no counterparty: its approval would have to carry it into the
     * expenditure, which is not built; an inter-unit transfer is recorded as an expenditure.
     */
    RequestPayment toPaymentRequest(LedgerRef ledger, String recordedBy) {
        return new RequestPayment(ledger.id(), requestId, recordedBy, line.toLine(), economicCode, amount.fen(),
                effectiveDate, voucherNo, payee, description,
                statistics == null ? ExpenditureStatistics.NONE : statistics.toStatistics(), procurementOrNull());
    }

    RecordExpenditure toCommand(LedgerRef ledger, String recordedBy) {
        return new RecordExpenditure(ledger.id(), requestId, recordedBy, line.toLine(), economicCode, amount.fen(),
                effectiveDate, voucherNo, payee, description,
                statistics == null ? ExpenditureStatistics.NONE : statistics.toStatistics(), counterpartyUnit, procurementOrNull());
    }

    private Procurement procurementOrNull() {
        return procurement == null ? null : procurement.toProcurement();
    }
}
