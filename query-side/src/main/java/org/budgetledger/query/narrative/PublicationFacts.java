package org.budgetledger.query.narrative;

import java.util.Map;
import org.budgetledger.query.report.Report;

/**
 * What sections 十–十三 need beside the tables 01–09: the 一般性支出 table (会议费, 培训费, 机关运行经费
 * with budget and previous year), the 政府采购 table, and the unit's statement of assets held.
 * Each is null when the books do not hold it, and its sentences become placeholders.
 *
 * @param generalCosts rows MEETING, TRAINING, OPERATING_COSTS; columns budget, spent, executionPct, priorYear
 * @param procurement rows GOODS, WORKS, SERVICES, TOTAL, SME, SMALL_MICRO; columns amount, sharePct
 * @param assets the ASSETS statement: counts by EMERGENCY, LAW_ENFORCEMENT, SPECIAL_TECHNICAL, OTHER,
 *     GENERAL_EQUIPMENT_OVER_500K, SPECIAL_EQUIPMENT_OVER_1M
 */
record PublicationFacts(Report generalCosts, Report procurement, Map<String, String> assets) {

    static final PublicationFacts NONE = new PublicationFacts(null, null, null);
}
