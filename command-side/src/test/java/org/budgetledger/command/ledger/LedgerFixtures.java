package org.budgetledger.command.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;
import org.budgetledger.command.ledger.Commands.SetThreePublicBudget;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.money.Money;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.FieldViolation;
import org.budgetledger.rejection.LedgerRejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * The ledger of the fixture tests (unit ZZJJ, 2023), its lines, and commands with plausible
 * documents and dates, so that each test states only what it is about.
 */
final class LedgerFixtures {

    static final ClassificationCatalogue CATALOGUE = ClassificationCatalogue.shipped();

    static final String UNIT = "ZZJJ";
    static final String UNIT_NAME = "株洲市公安局交通警察支队";
    static final int YEAR = 2023;
    static final String LEDGER = "ZZJJ/2023";
    static final String PRIOR_LEDGER = "ZZJJ/2022";
    static final String BY = "finance-office";
    /** When the given events were recorded; only the events a test expects carry the fixture's time. */
    static final Instant EARLIER = Instant.parse("2023-01-02T08:00:00Z");

    static final BudgetLine BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201");
    static final BudgetLine PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通标志标线维护");
    static final BudgetLine UNIT_FUNDS = BudgetLine.basic(Fund.UNIT_FUNDS, "2040201");
    static final BudgetLine UNIT_FUNDS_PROJECT = BudgetLine.project(Fund.UNIT_FUNDS, "2040202", "P02", "驾驶人考试服务");

    static final String OFFICE = "30201";
    static final LocalDate IN_YEAR = LocalDate.of(2023, 5, 20);

    private LedgerFixtures() {
    }

    /** A fixture of the ledger under test, whose unit has no other year in the ledger. */
    static AggregateTestFixture<Ledger> newFixture() {
        return newFixture(null);
    }

    /**
     * A fixture of the ledger under test; {@code otherYears}, if given, records the unit's other
     * years (such as a closed previous year) for opening to find.
     */
    static AggregateTestFixture<Ledger> newFixture(Consumer<OtherYears> otherYears) {
        AggregateTestFixture<Ledger> fixture = new LedgerTestFixture(LEDGER);
        fixture.registerInjectableResource(CATALOGUE);
        fixture.registerInjectableResource(new LedgerLogs(new EventStreamRequestLog(fixture.getEventStore()),
                new EventStreamVoucherLog(fixture.getEventStore())));
        OtherYears years = new OtherYears(LEDGER, fixture);
        if (otherYears != null) {
            otherYears.accept(years);
        }
        fixture.registerAnnotatedCommandHandler(years.ledgerOpening());
        return fixture;
    }

    static long yuan(String amount) {
        return Money.parseYuan(amount);
    }

    // ---- commands ----

    static OpenLedger openLedger(String requestId) {
        return openLedger(requestId, YEAR, null);
    }

    static OpenLedger openLedger(String requestId, int year, List<OpeningBalance> openingBalances) {
        return new OpenLedger(UNIT + "/" + year, requestId, BY, UNIT, UNIT_NAME, year, openingBalances);
    }

    static AppropriateFunds appropriate(String requestId, BudgetLine line, String amount) {
        return new AppropriateFunds(LEDGER, requestId, BY, line, yuan(amount), "株财预〔2023〕1号", LocalDate.of(2023, 1, 10),
                "年初预算");
    }

    static MidYearAdjust increase(String requestId, BudgetLine line, String amount) {
        return adjust(requestId, line, AdjustmentDirection.INCREASE, amount);
    }

    static MidYearAdjust decrease(String requestId, BudgetLine line, String amount) {
        return adjust(requestId, line, AdjustmentDirection.DECREASE, amount);
    }

    static MidYearAdjust adjust(String requestId, BudgetLine line, AdjustmentDirection direction, String amount) {
        return new MidYearAdjust(LEDGER, requestId, BY, line, direction, yuan(amount), "年中据实调整", "株财预〔2023〕57号",
                LocalDate.of(2023, 7, 15));
    }

    static RecordRevenue revenue(String requestId, BudgetLine line, String amount, String voucherNo) {
        return new RecordRevenue(LEDGER, requestId, BY, line, RevenueType.BUSINESS, yuan(amount), LocalDate.of(2023, 3, 1),
                voucherNo, "驾驶人考试服务收入", null);
    }

    static RecordExpenditure spend(String requestId, BudgetLine line, String economicCode, String amount, String voucherNo) {
        return spend(requestId, line, economicCode, amount, voucherNo, ExpenditureStatistics.NONE);
    }

    static RecordExpenditure spend(String requestId, BudgetLine line, String economicCode, String amount, String voucherNo,
            ExpenditureStatistics statistics) {
        return new RecordExpenditure(LEDGER, requestId, BY, line, economicCode, yuan(amount), IN_YEAR, voucherNo,
                "株洲市文具供应站", "办公用品", statistics, null);
    }

    static ReverseExpenditure reverse(String requestId, String voucherNo) {
        return new ReverseExpenditure(LEDGER, requestId, BY, voucherNo, "重复报销，冲销", LocalDate.of(2023, 6, 1));
    }

    static SetThreePublicBudget threePublicBudget(String requestId, ThreePublicCategory category, String amount) {
        return new SetThreePublicBudget(LEDGER, requestId, BY, category, yuan(amount), "株财行〔2023〕3号",
                LocalDate.of(2023, 1, 15));
    }

    static CloseYear close(String requestId, LocalDate date, Disposition defaultDisposition, LineDisposition... overrides) {
        return new CloseYear(LEDGER, requestId, BY, date, defaultDisposition, List.of(overrides));
    }

    // ---- events ----

    /** The ledger under test, opened without opening balances. */
    static LedgerOpened opened() {
        return opened(List.of());
    }

    static LedgerOpened opened(List<OpeningBalance> balances) {
        OpenLedger command = openLedger("open", YEAR, balances.isEmpty() ? null : balances);
        return new LedgerOpened(LEDGER, UNIT, UNIT_NAME, YEAR, balances, false, LocalDate.of(YEAR, 1, 1), "open",
                RequestFingerprint.of(command), BY, EARLIER);
    }

    // ---- rejections ----

    /** A rejection with the given code. */
    static Matcher<LedgerRejection> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerRejection rejection) {
                return rejection.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a LedgerRejection with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(LedgerRejection rejection, Description mismatch) {
                mismatch.appendText("was ").appendValue(rejection.code()).appendText(": ").appendText(rejection.getMessage());
            }
        };
    }

    /** A {@code VALIDATION_FAILED} rejection naming exactly the given field. */
    static Matcher<LedgerRejection> invalidField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerRejection rejection) {
                return rejection.code() == ErrorCode.VALIDATION_FAILED
                        && rejection.violations().stream().map(FieldViolation::field).toList().equals(List.of(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a VALIDATION_FAILED rejection of field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(LedgerRejection rejection, Description mismatch) {
                mismatch.appendText("was ").appendValue(rejection.code()).appendText(" ").appendValue(rejection.violations());
            }
        };
    }
}
