package org.budgetledger.query.report;

import java.util.Set;

/**
 * The codes of summary rows, fixed by the HTTP contract. Other rows carry their function,
 * economic or project code.
 */
public final class RowCodes {

    public static final String TOTAL = "TOTAL";

    public static final String INCOME_GENERAL_BUDGET = "INCOME_GENERAL_BUDGET";
    public static final String INCOME_GOVERNMENT_FUND = "INCOME_GOVERNMENT_FUND";
    public static final String INCOME_STATE_CAPITAL = "INCOME_STATE_CAPITAL";
    public static final String INCOME_HIGHER_LEVEL_SUBSIDY = "INCOME_HIGHER_LEVEL_SUBSIDY";
    public static final String INCOME_BUSINESS = "INCOME_BUSINESS";
    public static final String INCOME_OPERATING = "INCOME_OPERATING";
    public static final String INCOME_AFFILIATED_REMITTANCE = "INCOME_AFFILIATED_REMITTANCE";
    public static final String INCOME_OTHER = "INCOME_OTHER";
    public static final String INCOME_TOTAL = "INCOME_TOTAL";
    public static final String USE_OF_NON_FISCAL_SURPLUS = "USE_OF_NON_FISCAL_SURPLUS";
    public static final String OPENING_BALANCE = "OPENING_BALANCE";
    public static final String OPENING_GENERAL_BUDGET = "OPENING_GENERAL_BUDGET";
    public static final String OPENING_GOVERNMENT_FUND = "OPENING_GOVERNMENT_FUND";
    public static final String OPENING_STATE_CAPITAL = "OPENING_STATE_CAPITAL";
    public static final String GRAND_TOTAL_INCOME = "GRAND_TOTAL_INCOME";

    public static final String EXPENDITURE_TOTAL = "EXPENDITURE_TOTAL";
    public static final String SURPLUS_DISTRIBUTION = "SURPLUS_DISTRIBUTION";
    public static final String CLOSING_BALANCE = "CLOSING_BALANCE";
    public static final String CLOSING_GENERAL_BUDGET = "CLOSING_GENERAL_BUDGET";
    public static final String CLOSING_GOVERNMENT_FUND = "CLOSING_GOVERNMENT_FUND";
    public static final String CLOSING_STATE_CAPITAL = "CLOSING_STATE_CAPITAL";
    public static final String GRAND_TOTAL_EXPENDITURE = "GRAND_TOTAL_EXPENDITURE";

    public static final String PERSONNEL_TOTAL = "PERSONNEL_TOTAL";
    public static final String PUBLIC_TOTAL = "PUBLIC_TOTAL";

    public static final String OVERSEAS_TRAVEL = "OVERSEAS_TRAVEL";
    public static final String VEHICLES = "VEHICLES";
    public static final String VEHICLE_PURCHASE = "VEHICLE_PURCHASE";
    public static final String VEHICLE_OPERATION = "VEHICLE_OPERATION";
    public static final String RECEPTION = "RECEPTION";

    public static final String GOODS = "GOODS";
    public static final String WORKS = "WORKS";
    public static final String SERVICES = "SERVICES";
    public static final String SME = "SME";
    public static final String SMALL_MICRO = "SMALL_MICRO";

    public static final String MEETING = "MEETING";
    public static final String TRAINING = "TRAINING";
    public static final String OPERATING_COSTS = "OPERATING_COSTS";

    private static final Set<String> SUMMARY = Set.of(TOTAL,
            INCOME_GENERAL_BUDGET, INCOME_GOVERNMENT_FUND, INCOME_STATE_CAPITAL, INCOME_HIGHER_LEVEL_SUBSIDY,
            INCOME_BUSINESS, INCOME_OPERATING, INCOME_AFFILIATED_REMITTANCE, INCOME_OTHER, INCOME_TOTAL,
            USE_OF_NON_FISCAL_SURPLUS, OPENING_BALANCE, OPENING_GENERAL_BUDGET, OPENING_GOVERNMENT_FUND,
            OPENING_STATE_CAPITAL, GRAND_TOTAL_INCOME, EXPENDITURE_TOTAL, SURPLUS_DISTRIBUTION, CLOSING_BALANCE,
            CLOSING_GENERAL_BUDGET, CLOSING_GOVERNMENT_FUND, CLOSING_STATE_CAPITAL, GRAND_TOTAL_EXPENDITURE,
            PERSONNEL_TOTAL, PUBLIC_TOTAL, OVERSEAS_TRAVEL, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION,
            GOODS, WORKS, SERVICES, SME, SMALL_MICRO, MEETING, TRAINING, OPERATING_COSTS);

    private RowCodes() {
    }

    /**
     * Whether the code names a summary row rather than a classification or project code. The
     * Excel layout leaves such codes out, as the published tables show only the row's name.
     */
    public static boolean isSummary(String code) {
        return SUMMARY.contains(code);
    }
}
