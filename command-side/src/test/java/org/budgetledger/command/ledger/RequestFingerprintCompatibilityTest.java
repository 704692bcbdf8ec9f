package org.budgetledger.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

/**
 * Requests stored before commands had a {@code counterpartyUnit} are repeated after the upgrade:
 * without one, their fingerprint is what it was (the canonical text of the command as it was then),
 * so a repeat is still a repeat and not a conflict; with one, it is another request.
 */
class RequestFingerprintCompatibilityTest {

    private static final BudgetLine UNIT_FUNDS = BudgetLine.basic(Fund.UNIT_FUNDS, "2040201");
    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    @Test
    void aRevenueWithoutCounterpartyKeepsTheFingerprintItHadBeforeTheFieldExisted() throws Exception {
        RecordRevenue revenue = new RecordRevenue("U/2023", "r-1", "clerk", UNIT_FUNDS, RevenueType.OTHER, 1000, DAY, "R-1",
                null, null);
        String before = "RecordRevenue|ledgerId=U/2023|line=" + UNIT_FUNDS + "|revenueType=OTHER|amountFen=1000|effectiveDate="
                + DAY + "|voucherNo=R-1|description=null";
        assertThat(RequestFingerprint.of(revenue)).isEqualTo(digest(before));
        RecordRevenue named = new RecordRevenue("U/2023", "r-1", "clerk", UNIT_FUNDS, RevenueType.HIGHER_LEVEL_SUBSIDY, 1000, DAY,
                "R-1", null, "PARENT");
        assertThat(RequestFingerprint.of(named)).isNotEqualTo(RequestFingerprint.of(new RecordRevenue("U/2023", "r-1", "clerk",
                UNIT_FUNDS, RevenueType.HIGHER_LEVEL_SUBSIDY, 1000, DAY, "R-1", null, null)));
    }

    @Test
    void anExpenditureWithoutCounterpartyKeepsTheFingerprintItHadBeforeTheFieldExisted() throws Exception {
        RecordExpenditure expenditure = new RecordExpenditure("U/2023", "e-1", "clerk", UNIT_FUNDS, "30201", 500, DAY, "V-1",
                "供应商", null, ExpenditureStatistics.NONE, null);
        String before = "RecordExpenditure|ledgerId=U/2023|line=" + UNIT_FUNDS + "|economicCode=30201|amountFen=500|effectiveDate="
                + DAY + "|voucherNo=V-1|payee=供应商|description=null|statistics=" + ExpenditureStatistics.NONE;
        assertThat(RequestFingerprint.of(expenditure)).isEqualTo(digest(before));
    }

    private static String digest(String canonical) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
