package org.budgetledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.budgetledger.events.ControlBudgetSet;
import org.budgetledger.events.StatementRecorded;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.publication.SupplierSize;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.BudgetTransferred;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.PerformanceResultRecorded;
import org.budgetledger.events.PerformanceTargetsSet;
import org.budgetledger.performance.Comparator;
import org.budgetledger.performance.IndicatorLevel1;
import org.budgetledger.performance.IndicatorLevel2;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.LineClosing;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicBudgetSet;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

/**
 * A stored event is exactly its record's components: the methods events have besides them
 * ({@code lineMovements()}, {@code BudgetLine.key()}, …) are computed, never stored, so that what
 * an event says about its lines can change without touching a stored byte, and every stored event
 * loads back equal. Serialized with the event store's own serializer.
 */
class StoredEventJsonTest {

    private static final BudgetLine BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201");
    private static final BudgetLine PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通标志标线维护");
    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    private static final Instant AT = Instant.parse("2023-05-20T08:00:00Z");

    private final Serializer serializer = new AxonStorageConfiguration().eventSerializer();
    private final ObjectMapper json = AxonStorageConfiguration.storageObjectMapper();

    private static final Procurement GOODS_FROM_A_SMALL_FIRM = new Procurement(ProcurementMethod.GOODS, SupplierSize.SMALL_MICRO);

    /** One of each ledger event, every field given (statistics, lists and kinds included). */
    static List<LedgerEvent> oneOfEach() {
        ExpenditureStatistics statistics = new ExpenditureStatistics(1, 8, 0);
        return List.of(
                new LedgerOpened("ZZJJ/2023", "ZZJJ", "株洲市公安局交通警察支队", 2023,
                        List.of(new OpeningBalance(PROJECT, BalanceKind.PROJECT_CARRY_OVER, 300)), true,
                        LocalDate.of(2023, 1, 1), "open", "fp", "finance-office", AT),
                new FundsAppropriated("ZZJJ/2023", BASIC, 100, "预-1", DAY, "年初预算", "a", "fp", "finance-office", AT),
                new BudgetAdjusted("ZZJJ/2023", BASIC, AdjustmentDirection.DECREASE, 20, "压减", "调-1", DAY, "b", "fp",
                        "finance-office", AT),
                new BudgetTransferred("ZZJJ/2023", BASIC, BudgetLine.basic(Fund.GENERAL_BUDGET, "2040219"), 40, "调剂", "调-2", DAY,
                        "t", "fp", "finance-office", AT),
                new RevenueRecorded("ZZJJ/2023", BudgetLine.basic(Fund.UNIT_FUNDS, "2040201"), RevenueType.OTHER, 70, "收-1",
                        DAY, "上级补助", "ZZSJ", "c", "fp", "finance-office", AT),
                new ExpenditureRecorded("ZZJJ/2023", PROJECT, "30217", 30, "记-1", DAY, "某接待单位", "接待", statistics, "ZZSJ", GOODS_FROM_A_SMALL_FIRM, "d",
                        "fp", "finance-office", AT),
                new ExpenditureReversed("ZZJJ/2023", "记-1", PROJECT, "30217", 30, statistics, "重复", DAY, "e", "fp",
                        "finance-office", AT),
                new ThreePublicBudgetSet("ZZJJ/2023", ThreePublicCategory.RECEPTION, 1000, "预-2", DAY, "f", "fp",
                        "finance-office", AT),
                new PaymentRequested("ZZJJ/2023", "PR-9", BASIC, "30201", 50, "申-1", DAY, "某供应商", "办公用品", statistics, GOODS_FROM_A_SMALL_FIRM, "h",
                        "fp", "zzjj-clerk", AT),
                new PaymentApproved("ZZJJ/2023", "PR-9", BASIC, "30201", 50, "申-1", "某供应商", "办公用品", statistics, GOODS_FROM_A_SMALL_FIRM, "zzjj-clerk",
                        DAY, "i", "fp", "finance-office", AT),
                new PaymentRequestRejected("ZZJJ/2023", "PR-10", BASIC, "30201", 60, "申-2", "zzjj-clerk", "附件不全", DAY, "j", "fp",
                        "finance-office", AT),
                new PerformanceTargetsSet("ZZJJ/2023", "P01", "确保设施规范", List.of(new PerformanceIndicator("OUT-1",
                        IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "标牌", Comparator.AT_LEAST, "300", "套", "90")), "绩-1",
                        DAY, "k", "fp", "finance-office", AT),
                new PerformanceResultRecorded("ZZJJ/2023", null, "SAT-1", null, QualitativeGrade.PARTLY, "70", "投诉", "问卷",
                        LocalDate.of(2024, 2, 1), "l", "fp", "zzjj-clerk", AT),
                new ControlBudgetSet("ZZJJ/2023", ControlBudgetCategory.MEETING, 90000, "预-3", DAY, "m", "fp", "finance-office", AT),
                new StatementRecorded("ZZJJ/2023", StatementKind.ASSETS, Map.of("LAW_ENFORCEMENT", "124", "OTHER", "3"),
                        LocalDate.of(2023, 12, 31), "n", "fp", "finance-office", AT),
                new YearClosed("ZZJJ/2023", LocalDate.of(2024, 1, 31), Disposition.RECOVER,
                        List.of(new LineClosing(BASIC, Disposition.RECOVER, 80, null),
                                new LineClosing(PROJECT, Disposition.SURPLUS, 300, BalanceKind.PROJECT_SURPLUS)),
                        "g", "fp", "finance-office", AT));
    }

    @Test
    void theSamplesCoverEveryLedgerEvent() {
        assertThat(oneOfEach()).extracting(Object::getClass)
                .containsExactlyInAnyOrder(LedgerEvent.class.getPermittedSubclasses());
    }

    @Test
    void aStoredEventHasExactlyItsRecordsFieldsDownToItsNestedValues() throws Exception {
        for (LedgerEvent event : oneOfEach()) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            JsonNode tree = json.readTree(stored.getData());
            List<String> problems = new ArrayList<>();
            compare(event, tree, event.getClass().getSimpleName(), problems);
            assertThat(problems).as("fields stored for %s", event.getClass().getSimpleName()).isEmpty();
            assertThat(tree.has("lineMovements")).isFalse();
        }
    }

    @Test
    void everyStoredEventLoadsBackEqualAndMovesTheSameLines() {
        for (LedgerEvent event : oneOfEach()) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            LedgerEvent loaded = serializer.deserialize(stored);
            assertThat(loaded).isEqualTo(event);
            assertThat(loaded.lineMovements()).isEqualTo(event.lineMovements());
            assertThat(stored.getType().getRevision()).isEqualTo("1");
        }
    }

    /**
     * A revenue and an expenditure stored before they had a counterparty (the JSON of those
     * events, without the field) load, with no counterparty.
     */
    @Test
    void eventsStoredBeforeTheCounterpartyExistedLoadWithoutOne() throws Exception {
        for (LedgerEvent event : List.of(oneOfEach().get(4), oneOfEach().get(5))) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(stored.getData());
            old.remove("counterpartyUnit");
            LedgerEvent loaded = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                    json.writeValueAsBytes(old), byte[].class, stored.getType()));
            Object counterparty = loaded.getClass().getMethod("counterpartyUnit").invoke(loaded);
            assertThat(counterparty).isNull();
            assertThat(loaded.lineMovements()).isEqualTo(event.lineMovements());
        }
    }

    /** Records are compared component by component; lists element by element; anything else is a value. */
    private static void compare(Object value, JsonNode node, String path, List<String> problems) throws Exception {
        if (value instanceof Record record) {
            List<String> expected = Arrays.stream(record.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> actual = new ArrayList<>();
            node.fieldNames().forEachRemaining(actual::add);
            if (!new java.util.HashSet<>(actual).equals(new java.util.HashSet<>(expected))) {
                problems.add(path + ": stored " + actual + ", record components " + expected);
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child = component.getAccessor().invoke(record);
                if (child != null && node.has(component.getName())) {
                    compare(child, node.get(component.getName()), path + "." + component.getName(), problems);
                }
            }
        } else if (value instanceof List<?> list) {
            Iterator<JsonNode> elements = node.elements();
            for (int i = 0; i < list.size() && elements.hasNext(); i++) {
                compare(list.get(i), elements.next(), path + "[" + i + "]", problems);
            }
        }
    }
}
