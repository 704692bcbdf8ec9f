package org.budgetledger.query.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables printed as this service's Word publication prints them: under the numbered heading of the
 * 目录 ("三、支出决算表"), with the 部门 and 金额单位 lines under it, 01 without a 行次 column, and
 * followed by tables the reader does not know (09 三公, the 附表).
 */
class TableReaderTest {

    @Test
    void aNumberedHeadingFollowedByItsUnitLineIsATableAndAnEntryOfTheContentsIsNot() {
        List<String> lines = List.of(
                "目录",
                "一、收入支出决算总表",
                "三、支出决算表",
                "第二部分 2023年度部门决算表",
                "三、支出决算表",
                "部门：测试单位",
                "公开03表　金额单位：万元",
                "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                "\t合计\t100.00\t60.00\t40.00",
                "204\t公共安全支出\t100.00\t60.00\t40.00",
                "九、一般公共预算财政拨款“三公”经费支出决算表",
                "部门：测试单位",
                "公开09表　金额单位：万元",
                "\t合计\t5.00\t3.00\t2.00");

        List<PublishedTable> tables = TableReader.read(lines);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.kind()).isEqualTo(TableKind.T03);
            assertThat(table.titleLine()).isEqualTo(5);
            assertThat(table.lastLine()).as("09's heading ends 03").isEqualTo(10);
            assertThat(table.rows()).extracting(PublishedRow::code).containsExactly("TOTAL", "204");
            assertThat(table.rows().get(1).cells()).containsEntry("total", new BigDecimal("100.00"))
                    .containsEntry("project", new BigDecimal("40.00"));
        });
    }

    @Test
    void aSummaryWithoutRowNumbersReadsEachLabelsFigureAndOneWithThemSkipsThem() {
        List<String> printed = List.of("一、收入支出决算总表", "部门：测试单位",
                "一、一般公共预算财政拨款收入\t22131.98\t四、公共安全支出\t18615.32");
        List<String> published = List.of("收入支出决算总表", "部门：测试单位",
                "一、一般公共预算财政拨款收入\t1\t22,131.98\t四、公共安全支出\t35\t18,615.32");

        for (List<String> lines : List.of(printed, published)) {
            PublishedTable table = TableReader.read(lines).get(0);
            assertThat(table.kind()).isEqualTo(TableKind.T01);
            assertThat(table.rows()).extracting(row -> row.cells().get("amount"))
                    .containsExactly(new BigDecimal("22131.98"), new BigDecimal("18615.32"));
        }
    }
}
