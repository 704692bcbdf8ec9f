package org.budgetledger.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.platform.http.LedgerRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How a CSV or Excel journal row becomes the journal's JSON line: the columns a user fills in, the body the API reads. */
class JournalRowsToLinesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JournalJobs jobs = new JournalJobs(null, json);
    private final LedgerRef ledger = new LedgerRef("ZZJJ", 2024);

    private JsonNode line(String csv) throws Exception {
        List<JournalRows.InputRow> rows = JournalRows.csv(csv);
        assertThat(rows).hasSize(1);
        return json.readTree(jobs.toLine(rows.get(0), ledger));
    }

    @Test
    void anExpendituresLineColumnsBecomeItsLine() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,fund,functionCode,nature,economicCode,amount,voucherNo\n"
                + "RecordExpenditure,e-1,2024-03-01,GENERAL_BUDGET,2040201,BASIC,30201,12.50,V-1\n");

        assertThat(line.get("unitCode").asString()).isEqualTo("ZZJJ");
        assertThat(line.get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(line.get("line").get("functionCode").asString()).isEqualTo("2040201");
        assertThat(line.get("amount").asString()).isEqualTo("12.50");
    }

    @Test
    void aTransfersLineColumnsAreItsFromAndItsToColumnsItsTo() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,fund,functionCode,nature,projectCode,toFunctionCode,toNature,"
                + "toProjectCode,toProjectName,amount,reason,documentNo\n"
                + "TransferBudget,t-1,2024-06-01,GENERAL_BUDGET,2040202,PROJECT,P01,2040219,PROJECT,P09,新项目,300.00,项目调剂,调-1\n");

        assertThat(line.has("line")).isFalse();
        JsonNode from = line.get("from");
        assertThat(from.get("fund").asString()).isEqualTo("GENERAL_BUDGET");
        assertThat(from.get("functionCode").asString()).isEqualTo("2040202");
        assertThat(from.get("projectCode").asString()).isEqualTo("P01");
        JsonNode to = line.get("to");
        assertThat(to.get("fund").asString()).as("a transfer stays in its fund").isEqualTo("GENERAL_BUDGET");
        assertThat(to.get("functionCode").asString()).isEqualTo("2040219");
        assertThat(to.get("nature").asString()).isEqualTo("PROJECT");
        assertThat(to.get("projectCode").asString()).isEqualTo("P09");
        assertThat(to.get("projectName").asString()).isEqualTo("新项目");
        assertThat(line.get("amount").asString()).isEqualTo("300.00");
    }

    @Test
    void aStatementsFiguresCellBecomesItsFiguresObject() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,kind,figures\n"
                + "RecordStatement,st-1,2024-12-31,ASSETS,EMERGENCY=1;LAW_ENFORCEMENT=124； SPECIAL_TECHNICAL = 21;OTHER=3;\n");

        assertThat(line.get("kind").asString()).isEqualTo("ASSETS");
        JsonNode figures = line.get("figures");
        assertThat(figures.isObject()).isTrue();
        assertThat(figures.propertyNames()).containsExactly("EMERGENCY", "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "OTHER");
        assertThat(figures.get("LAW_ENFORCEMENT").asString()).isEqualTo("124");
        assertThat(figures.get("SPECIAL_TECHNICAL").asString()).isEqualTo("21");
    }

    @Test
    void aPartWithoutAValueIsSentAsAFigureOfThatNameForTheCommandToNameIt() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,kind,figures\n"
                + "RecordStatement,st-2,2024-12-31,ASSETS,149 辆;OTHER=3\n");

        JsonNode figures = line.get("figures");
        assertThat(figures.propertyNames()).containsExactly("149 辆", "OTHER");
        assertThat(figures.get("149 辆").asString()).isEmpty();
        assertThat(figures.get("OTHER").asString()).isEqualTo("3");
    }

    @Test
    void anApprovalNamesItsPaymentRequest() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,paymentRequestId\nApprovePayment,ap-1,2024-05-09,PR-12\n");

        assertThat(line.get("command").asString()).isEqualTo("ApprovePayment");
        assertThat(line.get("paymentRequestId").asString()).isEqualTo("PR-12");
        assertThat(line.has("line")).isFalse();
    }

    @Test
    void theProcurementColumnsBecomeTheExpendituresProcurement() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,fund,functionCode,nature,economicCode,amount,voucherNo,"
                + "procurementMethod,supplierSize\n"
                + "RecordExpenditure,e-2,2024-05-06,GENERAL_BUDGET,2040201,BASIC,31002,8600.00,V-2,GOODS,SMALL_MICRO\n");

        assertThat(line.get("procurement").get("method").asString()).isEqualTo("GOODS");
        assertThat(line.get("procurement").get("supplierSize").asString()).isEqualTo("SMALL_MICRO");
        assertThat(line.has("procurementMethod")).as("the flat columns are not sent as such").isFalse();
    }

    @Test
    void anExpenditureWithoutProcurementColumnsSendsNoProcurement() throws Exception {
        JsonNode line = line("command,requestId,effectiveDate,fund,functionCode,nature,economicCode,amount,voucherNo,"
                + "procurementMethod,supplierSize\n"
                + "RecordExpenditure,e-3,2024-05-07,GENERAL_BUDGET,2040201,BASIC,30201,10.00,V-3,,\n");

        assertThat(line.has("procurement")).isFalse();
    }
}
