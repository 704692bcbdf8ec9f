package org.budgetledger.platform.http;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.line.LineFigures;
import org.budgetledger.money.Money;

/**
 * A line with its figures in yuan, as a command that touched it answers and as
 * {@code GET …/lines} lists it.
 */
@Schema(name = "LineFigures", description = "A line and its figures in yuan (strings with 2 decimals)")
public record LineView(
        LineObject line,
        @Schema(description = "年初结转和结余: brought in from the previous year", example = "0.00") String carriedIn,
        @Schema(description = "年初预算", example = "4500000.00") String initial,
        @Schema(description = "年中追加", example = "1400000.00") String increases,
        @Schema(description = "年中压减", example = "0.00") String decreases,
        @Schema(description = "调剂增加: budget transferred onto the line", example = "0.00") String transfersIn,
        @Schema(description = "调剂减少: budget transferred away from the line", example = "0.00") String transfersOut,
        @Schema(description = "全年预算 = initial + increases − decreases + transfersIn − transfersOut", example = "5900000.00") String budget,
        @Schema(description = "Non-fiscal revenue (UNIT_FUNDS lines)", example = "0.00") String revenue,
        @Schema(description = "Expenditures less reversals", example = "3300.00") String spent,
        @Schema(description = "冻结: held by pending payment requests; not spent, no longer available", example = "0.00")
        String reserved,
        @Schema(description = "What can still be spent or requested: carriedIn + budget + revenue − spent − reserved "
                + "(zero once closed)", example = "5896700.00") String available,
        @Schema(description = "收回 at the close", example = "0.00") String recovered,
        @Schema(description = "年末结转 at the close", example = "0.00") String carriedOut,
        @Schema(description = "年末结余 at the close", example = "0.00") String surplus,
        @Schema(description = "spent ÷ budget in %, 2 decimals; null when the budget is zero", example = "0.06",
                nullable = true) String executionPct,
        @Schema(description = "spent ÷ initial in %, 2 decimals; null when the initial budget is zero", example = "0.07",
                nullable = true) String initialExecutionPct) {

    public static LineView of(LineFigures figures) {
        return new LineView(LineObject.of(figures.line()), Money.formatYuan(figures.carriedInFen()),
                Money.formatYuan(figures.initialFen()), Money.formatYuan(figures.increasesFen()),
                Money.formatYuan(figures.decreasesFen()), Money.formatYuan(figures.transfersInFen()),
                Money.formatYuan(figures.transfersOutFen()), Money.formatYuan(figures.budgetFen()),
                Money.formatYuan(figures.revenueFen()), Money.formatYuan(figures.spentFen()),
                Money.formatYuan(figures.reservedFen()), Money.formatYuan(figures.availableFen()), Money.formatYuan(figures.recoveredFen()),
                Money.formatYuan(figures.carriedOutFen()), Money.formatYuan(figures.surplusFen()),
                Money.percent(figures.spentFen(), figures.budgetFen()), Money.percent(figures.spentFen(), figures.initialFen()));
    }
}
