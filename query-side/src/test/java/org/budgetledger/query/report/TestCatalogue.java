package org.budgetledger.query.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.catalogue.ClassificationCatalogue;

/**
 * A catalogue whose names the tests control: the shipped catalogue overridden by files written
 * here, so that assertions on row names do not depend on how the shipped files word them.
 */
final class TestCatalogue {

    private static final String FUNCTION_CODES = """
            204,公共安全支出
            20402,公安
            2040201,行政运行
            2040202,一般行政管理事务
            2040219,信息化建设
            2040220,执法办案
            2040299,其他公安支出
            208,社会保障和就业支出
            20805,行政事业单位养老支出
            2080501,行政单位离退休
            2080505,机关事业单位基本养老保险缴费支出
            2080506,机关事业单位职业年金缴费支出
            20808,抚恤
            2080801,死亡抚恤
            2080802,伤残抚恤
            210,卫生健康支出
            21001,卫生健康管理事务
            2100199,其他卫生健康管理事务支出
            21011,行政事业单位医疗
            2101101,行政单位医疗
            2101102,公务员医疗补助
            212,城乡社区支出
            21205,城乡社区环境卫生
            2120501,城乡社区环境卫生
            221,住房保障支出
            22102,住房改革支出
            2210201,住房公积金
            """;

    private static final String ECONOMIC_CODES = """
            30101,基本工资
            30108,机关事业单位基本养老保险缴费
            30201,办公费
            30703,国内债务发行费用
            309,资本性支出（基本建设）
            30902,办公设备购置
            """;

    private static ClassificationCatalogue catalogue;

    private TestCatalogue() {
    }

    static synchronized ClassificationCatalogue get() {
        if (catalogue == null) {
            try {
                Path directory = Files.createTempDirectory("report-catalogue");
                Files.writeString(directory.resolve(ClassificationCatalogue.FUNCTION_FILE), FUNCTION_CODES);
                Files.writeString(directory.resolve(ClassificationCatalogue.ECONOMIC_FILE), ECONOMIC_CODES);
                catalogue = ClassificationCatalogue.load(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalogue;
    }

    static ReportBuilder builder() {
        return new ReportBuilder(get());
    }
}
