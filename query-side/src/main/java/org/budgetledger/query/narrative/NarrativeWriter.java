package org.budgetledger.query.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;
import org.budgetledger.query.report.RowCodes;

/**
 * Writes 第三部分 情况说明 in the structure of the published 部门决算 (the Zhuzhou seed's fourteen
 * sections), every sentence a template filled from the printed tables of the position. Pure
 * computation: the same position, previous year and facts always give the same text.
 *
 * <p>The rules every sentence follows: amounts are the tables' 万元 cells; a share is of the
 * whole the sentence names, with 2 decimals, and the shares of one whole listed together are
 * apportioned so that they add up to 100.00; a change against the previous year says
 * 增加/减少 and 增长/下降 by its sign, 持平 when equal; a comparison with a budget says
 * 大于/小于/等于 by the figures; what only a person knows (reasons, contents, attendees) is a
 * placeholder.
 */
final class NarrativeWriter {

    private static final String REASON = "主要原因";
    private static final List<String> VEHICLE_CATEGORIES = List.of("EMERGENCY", "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "OTHER");
    private static final Map<String, String> VEHICLE_NAMES = Map.of("EMERGENCY", "应急保障用车", "LAW_ENFORCEMENT", "执法执勤用车",
            "SPECIAL_TECHNICAL", "特种专业技术用车", "OTHER", "其他用车");
    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");
    private static final Set<String> PUBLIC_CLASSES = Set.of("302", "307", "310", "399");

    private final ReportBuilder builder;
    private final ClassificationCatalogue catalogue;

    NarrativeWriter(ReportBuilder builder, ClassificationCatalogue catalogue) {
        this.builder = builder;
        this.catalogue = catalogue;
    }

    /**
     * The narrative of {@code position}; {@code previousYear} is the position of the unit's previous
     * year when that year is in the books (null otherwise): the previous year's figures are then read
     * from its tables, else from the PRIOR_YEAR statement, else asked for.
     */
    Narrative write(LedgerPosition position, LedgerPosition previousYear) {
        PriorYear prior;
        Map<StatementKind, Map<String, String>> statements = position.statements() == null ? Map.of() : position.statements();
        if (previousYear != null) {
            prior = PriorYear.fromLedger(new NarrativeTables(builder, previousYear));
        } else if (statements.containsKey(StatementKind.PRIOR_YEAR)) {
            prior = PriorYear.fromStatement(statements.get(StatementKind.PRIOR_YEAR));
        } else {
            prior = PriorYear.NONE;
        }
        PublicationFacts facts = new PublicationFacts(
                builder.build(ReportId.GENERAL_COSTS, position, null, null, previousYear),
                builder.build(ReportId.PROCUREMENT, position), statements.get(StatementKind.ASSETS));
        return write(position, prior, facts);
    }

    /** The narrative from the previous year's figures and the facts as given (what the tests vary). */
    Narrative write(LedgerPosition position, PriorYear prior, PublicationFacts facts) {
        NarrativeTables tables = new NarrativeTables(builder, position);
        int year = position.fiscalYear();
        List<NarrativeSection> sections = List.of(
                overall(tables, prior, year),
                income(tables),
                expenditure(tables),
                fiscalOverall(tables, prior, year),
                generalBudget(tables, prior, year),
                basic(tables, year),
                threePublic(position, tables, prior, facts, year),
                governmentFund(tables, year),
                stateCapital(tables, year),
                operatingCosts(tables, prior, facts, year),
                generalCosts(tables, facts, year),
                procurement(facts, year),
                assets(facts, year),
                performance(position, tables, year));
        return new Narrative(position.ledgerId(), position.unitName(), year, sections);
    }

    /** 一、收入支出决算总体情况说明. */
    private NarrativeSection overall(NarrativeTables tables, PriorYear prior, int year) {
        ReportId summary = ReportId.INCOME_EXPENDITURE_SUMMARY;
        BigDecimal income = tables.amount(summary, RowCodes.GRAND_TOTAL_INCOME, "amount");
        BigDecimal expenditure = tables.amount(summary, RowCodes.GRAND_TOTAL_EXPENDITURE, "amount");
        Paragraphs totals = new Paragraphs();
        if (income.compareTo(expenditure) == 0) {
            totals.text(year + "年度收、支总计").wan(income).text("（收入总计含年初结转和结余")
                    .wan(tables.amount(summary, RowCodes.OPENING_BALANCE, "amount")).text("，支出总计含年末结转和结余")
                    .wan(tables.amount(summary, RowCodes.CLOSING_BALANCE, "amount")).text("）。");
        } else {
            totals.text(year + "年度收入总计").wan(income).text("（含年初结转和结余")
                    .wan(tables.amount(summary, RowCodes.OPENING_BALANCE, "amount")).text("），支出总计").wan(expenditure)
                    .text("（含年末结转和结余").wan(tables.amount(summary, RowCodes.CLOSING_BALANCE, "amount")).text("）。");
        }
        totals.text("与上年相比，");
        changeWithReason(totals, income, prior.of(PriorYear.TOTAL), "收支总计");
        totals.text("。");

        ReportId fund = ReportId.GENERAL_BUDGET_EXPENDITURE;
        BigDecimal spent = tables.amount(fund, RowCodes.TOTAL, "expenditureTotal");
        Paragraphs split = Paragraphs.of(year + "年度一般公共预算支出").wan(spent).text("，其中：");
        listWithShares(split, List.of("基本支出", "项目支出"),
                List.of(tables.amount(fund, RowCodes.TOTAL, "expenditureBasic"), tables.amount(fund, RowCodes.TOTAL, "expenditureProject")),
                spent, "，占比", "，");
        split.text("。");
        return section("一", "收入支出决算总体情况说明", totals, split);
    }

    /** 二、收入决算情况说明: table 02's 合计 by source, the sources that brought money in. */
    private NarrativeSection income(NarrativeTables tables) {
        ReportId id = ReportId.INCOME;
        BigDecimal total = tables.amount(id, RowCodes.TOTAL, "total");
        List<String> labels = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        String[][] sources = {{"fiscal", "财政拨款收入"}, {"higherLevelSubsidy", "上级补助收入"}, {"business", "事业收入"},
                {"operating", "经营收入"}, {"affiliatedRemittance", "附属单位上缴收入"}, {"other", "其他收入"}};
        for (String[] source : sources) {
            BigDecimal amount = tables.amount(id, RowCodes.TOTAL, source[0]);
            if (amount.signum() != 0 || source[0].equals("fiscal")) {
                labels.add(source[1]);
                amounts.add(amount);
            }
        }
        Paragraphs paragraph = Paragraphs.of("本年收入合计").wan(total).text("，其中：");
        listWithShares(paragraph, labels, amounts, total, "，占", "；");
        return section("二", "收入决算情况说明", paragraph.text("。"));
    }

    /** 三、支出决算情况说明: table 03's 合计 by nature. */
    private NarrativeSection expenditure(NarrativeTables tables) {
        ReportId id = ReportId.EXPENDITURE;
        BigDecimal total = tables.amount(id, RowCodes.TOTAL, "total");
        List<String> labels = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        String[][] natures = {{"basic", "基本支出"}, {"project", "项目支出"}, {"remittanceToHigherLevel", "上缴上级支出"},
                {"operating", "经营支出"}, {"subsidyToAffiliates", "对附属单位补助支出"}};
        for (String[] nature : natures) {
            BigDecimal amount = tables.amount(id, RowCodes.TOTAL, nature[0]);
            boolean always = nature[0].equals("basic") || nature[0].equals("project");
            if (amount.signum() != 0 || always) {
                labels.add(nature[1]);
                amounts.add(amount);
            }
        }
        Paragraphs paragraph = Paragraphs.of("本年支出合计").wan(total).text("，其中：");
        listWithShares(paragraph, labels, amounts, total, "，占比", "，");
        return section("三", "支出决算情况说明", paragraph.text("。"));
    }

    /** 四、财政拨款收入支出决算总体情况说明. */
    private NarrativeSection fiscalOverall(NarrativeTables tables, PriorYear prior, int year) {
        BigDecimal total = tables.amount(ReportId.FISCAL_SUMMARY, RowCodes.GRAND_TOTAL_INCOME, "total");
        Paragraphs paragraph = Paragraphs.of(year + "年度财政拨款收、支总计").wan(total).text("，与上年相比，");
        changeWithReason(paragraph, total, prior.of(PriorYear.FISCAL_TOTAL), "财政拨款收支总计");
        return section("四", "财政拨款收入支出决算总体情况说明", paragraph.text("。"));
    }

    /** 五、一般公共预算财政拨款支出决算情况说明: the whole, its 类, then every 项 against its initial budget. */
    private NarrativeSection generalBudget(NarrativeTables tables, PriorYear prior, int year) {
        List<Paragraphs> paragraphs = new ArrayList<>();
        ReportId fund = ReportId.GENERAL_BUDGET_EXPENDITURE;
        BigDecimal spent = tables.amount(fund, RowCodes.TOTAL, "expenditureTotal");
        BigDecimal allSpending = tables.amount(ReportId.EXPENDITURE, RowCodes.TOTAL, "total");

        paragraphs.add(Paragraphs.of("（一）一般公共预算财政拨款支出决算总体情况"));
        Paragraphs whole = Paragraphs.of(year + "年度一般公共预算财政拨款支出").wan(spent);
        BigDecimal share = Figures.percentOf(spent, allSpending);
        if (share != null) {
            whole.text("，占本年支出合计的").percent(share);
        }
        whole.text("，与上年相比，一般公共预算财政拨款支出");
        changeWithReason(whole, spent, prior.of(PriorYear.GENERAL_BUDGET_SPENT), "一般公共预算财政拨款支出");
        paragraphs.add(whole.text("。"));

        paragraphs.add(Paragraphs.of("（二）一般公共预算财政拨款支出决算结构情况"));
        List<String> classes = new ArrayList<>();
        List<BigDecimal> classAmounts = new ArrayList<>();
        for (ReportRow row : tables.rows(fund)) {
            BigDecimal amount = new BigDecimal(row.cell("expenditureTotal"));
            if (row.level() == 1 && amount.signum() != 0) {
                classes.add(classLabel(row.name()));
                classAmounts.add(amount);
            }
        }
        Paragraphs structure = Paragraphs.of(year + "年度一般公共预算财政拨款支出").wan(spent);
        if (classes.isEmpty()) {
            structure.text("。");
        } else {
            structure.text("，主要用于以下方面：");
            listWithShares(structure, classes, classAmounts, spent, "，占", "；");
            structure.text("。");
        }
        paragraphs.add(structure);

        paragraphs.add(Paragraphs.of("（三）一般公共预算财政拨款支出决算具体情况"));
        ReportId execution = ReportId.FUNCTION_EXECUTION;
        BigDecimal initial = tables.amount(execution, RowCodes.TOTAL, "initial");
        BigDecimal executed = tables.amount(execution, RowCodes.TOTAL, "spent");
        Paragraphs detail = Paragraphs.of(year + "年度一般公共预算财政拨款支出年初预算数为").wan(initial)
                .text("，一般公共预算财政拨款支出决算数为").wan(executed);
        BigDecimal rate = Figures.percentOf(executed, initial);
        if (rate != null) {
            detail.text("，完成年初预算的").percent(rate);
        }
        paragraphs.add(detail.text("，其中："));
        int item = 0;
        for (ReportRow row : tables.rows(execution)) {
            if (row.level() != 3) {
                continue;
            }
            item++;
            paragraphs.add(Paragraphs.of(item + "、").figure(itemName(row.code())).text("。"));
            Paragraphs figures = new Paragraphs();
            budgetAgainstSpending(figures, "年初预算为", "，支出决算为", "完成年初预算的", "年初预算数",
                    new BigDecimal(row.cell("initial")), new BigDecimal(row.cell("spent")));
            paragraphs.add(figures.text("。"));
        }
        return section("五", "一般公共预算财政拨款支出决算情况说明", paragraphs.toArray(Paragraphs[]::new));
    }

    /** 六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 of table 06, and the items they were spent on. */
    private NarrativeSection basic(NarrativeTables tables, int year) {
        BigDecimal basic = tables.amount(ReportId.GENERAL_BUDGET_EXPENDITURE, RowCodes.TOTAL, "expenditureBasic");
        ReportId id = ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC;
        BigDecimal personnel = tables.amount(id, RowCodes.PERSONNEL_TOTAL, "amount");
        BigDecimal publicSpending = tables.amount(id, RowCodes.PUBLIC_TOTAL, "amount");
        List<BigDecimal> shares = Figures.shares(List.of(personnel, publicSpending), basic);
        Paragraphs paragraph = Paragraphs.of(year + "年度一般公共预算财政拨款基本支出").wan(basic).text("，其中：人员经费").wan(personnel);
        share(paragraph, "，占基本支出的", shares.get(0));
        spentItems(paragraph, tables, PERSONNEL_CLASSES);
        paragraph.text("；公用经费").wan(publicSpending);
        share(paragraph, "，占基本支出的", shares.get(1));
        spentItems(paragraph, tables, PUBLIC_CLASSES);
        return section("六", "一般公共预算财政拨款基本支出决算情况说明", paragraph.text("。"));
    }

    /** 七、三公经费: the budget against the 决算 of each category and the previous year, then the split and the statistics. */
    private NarrativeSection threePublic(LedgerPosition position, NarrativeTables tables, PriorYear prior, PublicationFacts facts,
            int year) {
        ReportId id = ReportId.THREE_PUBLIC;
        List<Paragraphs> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraphs.of("（一）“三公”经费财政拨款支出决算总体情况说明"));
        Paragraphs total = new Paragraphs();
        budgetAgainstSpending(total, "“三公”经费财政拨款支出预算为", "，支出决算为", "完成预算的", "预算数",
                tables.amount(id, RowCodes.TOTAL, "budget"), tables.amount(id, RowCodes.TOTAL, "actual"));
        paragraphs.add(total.text("。其中："));
        String[][] categories = {{RowCodes.OVERSEAS_TRAVEL, "因公出国（境）费"}, {RowCodes.RECEPTION, "公务接待费"},
                {RowCodes.VEHICLE_PURCHASE, "公务用车购置费"}, {RowCodes.VEHICLE_OPERATION, "公务用车运行维护费"}};
        for (String[] category : categories) {
            BigDecimal actual = tables.amount(id, category[0], "actual");
            Paragraphs paragraph = new Paragraphs();
            budgetAgainstSpending(paragraph, category[1] + "支出预算为", "，支出决算为", "完成预算的", "预算数",
                    tables.amount(id, category[0], "budget"), actual);
            paragraph.text("。与上年相比");
            BigDecimal before = prior.of(category[0]);
            if (paragraph.change(actual, before, category[1])) {
                paragraph.text("，").text(actual.compareTo(before) > 0 ? "增长" : "下降").text("的主要原因是：")
                        .placeholder(category[1] + (actual.compareTo(before) > 0 ? "增长" : "下降") + "的主要原因");
            }
            paragraphs.add(paragraph.text("。"));
        }

        paragraphs.add(Paragraphs.of("（二）“三公”经费财政拨款支出决算具体情况说明"));
        BigDecimal all = tables.amount(id, RowCodes.TOTAL, "actual");
        BigDecimal reception = tables.amount(id, RowCodes.RECEPTION, "actual");
        BigDecimal overseas = tables.amount(id, RowCodes.OVERSEAS_TRAVEL, "actual");
        BigDecimal vehicles = tables.amount(id, RowCodes.VEHICLES, "actual");
        Paragraphs split = Paragraphs.of(year + "年度“三公”经费财政拨款支出决算").wan(all).text("，其中：");
        listWithShares(split, List.of("公务接待费支出决算", "因公出国（境）费支出决算", "公务用车购置费及运行维护费支出决算"),
                List.of(reception, overseas, vehicles), all, "，占", "；");
        paragraphs.add(split.text("。其中："));

        // No fiscal 因公出国 spending means no group went abroad on fiscal money; any other count is not in the books.
        Paragraphs abroad = Paragraphs.of("1、因公出国（境）费支出决算为").wan(overseas).text("，全年安排因公出国（境）团组");
        if (overseas.signum() == 0) {
            abroad.count(0, "个").text("，累计").count(0, "人次");
        } else {
            abroad.placeholder("因公出国（境）团组数").text("个，累计").placeholder("因公出国（境）人次").text("人次");
        }
        paragraphs.add(abroad.text("。"));
        Paragraphs received = Paragraphs.of("2、公务接待费支出决算为").wan(reception).text("，全年共接待来访团组")
                .count(tables.amount(id, RowCodes.RECEPTION, "receptionBatches").longValueExact(), "个").text("、来宾")
                .count(tables.amount(id, RowCodes.RECEPTION, "receptionGuests").longValueExact(), "人次").text("，主要是")
                .placeholder("公务接待的主要内容").text("。");
        paragraphs.add(received);
        Paragraphs cars = Paragraphs.of("3、公务用车购置费及运行维护费支出决算为").wan(vehicles).text("，其中：公务用车购置费")
                .wan(tables.amount(id, RowCodes.VEHICLE_PURCHASE, "actual")).text("，" + position.unitName() + "购置公务用车")
                .count(tables.amount(id, RowCodes.VEHICLE_PURCHASE, "vehiclesPurchased").longValueExact(), "辆")
                .text("。公务用车运行维护费").wan(tables.amount(id, RowCodes.VEHICLE_OPERATION, "actual")).text("，主要是")
                .placeholder("公务用车运行维护费的主要开支内容（燃油费、维修费、保险费等）")
                .text("，截止" + year + "年12月31日，我单位开支财政拨款的公务用车保有量为");
        if (facts.assets() == null) {
            cars.placeholder("公务用车保有量（未录入资产说明）").text("辆");
        } else {
            cars.count(vehicleCount(facts.assets()), "辆");
        }
        paragraphs.add(cars.text("。"));
        return section("七", "一般公共预算财政拨款三公经费支出决算情况说明", paragraphs.toArray(Paragraphs[]::new));
    }

    /** 八: table 07, or the sentence for a unit without 政府性基金 money. */
    private NarrativeSection governmentFund(NarrativeTables tables, int year) {
        ReportId id = ReportId.GOVERNMENT_FUND;
        Paragraphs paragraph;
        if (fundIsEmpty(tables, id)) {
            paragraph = Paragraphs.of("本单位没有政府性基金预算收入，也没有使用政府性基金安排的支出。");
        } else {
            paragraph = fundFigures(tables, id, year, "政府性基金预算财政拨款");
        }
        return section("八", "政府性基金预算收入支出决算情况", paragraph);
    }

    /** 九: table 08, or the sentence for a unit without 国有资本经营 money. */
    private NarrativeSection stateCapital(NarrativeTables tables, int year) {
        ReportId id = ReportId.STATE_CAPITAL;
        Paragraphs paragraph;
        if (fundIsEmpty(tables, id)) {
            paragraph = Paragraphs.of("本单位没有使用国有资本经营预算安排的支出。");
        } else {
            paragraph = fundFigures(tables, id, year, "国有资本经营预算财政拨款");
        }
        return section("九", "国有资本经营预算支出决算情况说明", paragraph);
    }

    /** 十、机关运行经费: the 公用经费 of table 06 against its budget and the previous year. */
    private NarrativeSection operatingCosts(NarrativeTables tables, PriorYear prior, PublicationFacts facts, int year) {
        Report costs = facts.generalCosts();
        BigDecimal spent = tables.amount(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, RowCodes.PUBLIC_TOTAL, "amount");
        BigDecimal budget = costs == null ? null : cell(costs, RowCodes.OPERATING_COSTS, "budget");
        BigDecimal before = costs == null ? prior.of(PriorYear.OPERATING_COSTS) : cell(costs, RowCodes.OPERATING_COSTS, "priorYear");
        Paragraphs paragraph = Paragraphs.of(year + "年度，机关运行经费支出").wan(spent).text("，比年初预算数");
        if (budget == null) {
            paragraph.placeholder("机关运行经费年初预算数缺失（账簿中未设定），请填写与年初预算数相比的增减情况");
        } else if (paragraph.difference(spent, budget, "增长", "下降")) {
            paragraph.text("，主要原因是：").placeholder("机关运行经费与年初预算数相比增减变化的主要原因");
        }
        paragraph.text("；比上年决算数");
        if (before == null) {
            paragraph.placeholder("上年机关运行经费缺失（账簿中没有上年账套，也未录入上年数说明），请填写与上年决算数相比的增减情况");
        } else if (paragraph.difference(spent, before, "增长", "下降")) {
            paragraph.text("，主要原因是：").placeholder("机关运行经费与上年决算数相比增减变化的主要原因");
        }
        return section("十", "机关运行经费支出说明", paragraph.text("。"));
    }

    /** 十一、一般性支出: 会议费 and 培训费 against their budgets; the meetings and trainings themselves are for the unit to describe. */
    private NarrativeSection generalCosts(NarrativeTables tables, PublicationFacts facts, int year) {
        List<Paragraphs> paragraphs = new ArrayList<>();
        paragraphs.add(controlled(tables, facts, RowCodes.MEETING, "会议费", "30215", year + "年度，"));
        paragraphs.add(Paragraphs.of("").placeholder("各项会议的名称、类别、人数、内容及经费支出（账簿不记录会议人数和内容）"));
        paragraphs.add(controlled(tables, facts, RowCodes.TRAINING, "培训费", "30216", ""));
        paragraphs.add(Paragraphs.of("").placeholder("各项培训的名称、人数、内容及经费支出（账簿不记录培训人数和内容）"));
        paragraphs.add(Paragraphs.of("").placeholder("举办节庆、晚会、论坛、赛事等活动的预算和开支情况"));
        return section("十一", "一般性支出情况说明", paragraphs.toArray(Paragraphs[]::new));
    }

    private Paragraphs controlled(NarrativeTables tables, PublicationFacts facts, String row, String name, String economicCode,
            String opening) {
        BigDecimal basicPart = tables.amount(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, economicCode, "amount");
        Paragraphs paragraph = Paragraphs.of(opening + name + "年初预算");
        Report costs = facts.generalCosts();
        if (costs == null) {
            return paragraph.placeholder(name + "年初预算数及支出决算数（账簿中没有一般性支出表）").text("（其中，一般公共预算基本支出" + name)
                    .wan(basicPart).text("）。");
        }
        BigDecimal budget = cell(costs, row, "budget");
        BigDecimal spent = cell(costs, row, "spent");
        if (budget == null) {
            paragraph.placeholder(name + "年初预算数（账簿中未设定）");
        } else {
            paragraph.wan(budget);
        }
        paragraph.text("，支出决算为").wan(spent).text("（其中，一般公共预算基本支出" + name).wan(basicPart).text("）");
        if (budget != null) {
            BigDecimal rate = Figures.percentOf(spent, budget);
            if (rate != null) {
                paragraph.text("，完成年初预算的").percent(rate);
            }
            paragraph.text("，决算数").comparison(spent, budget).text("年初预算数");
        }
        return paragraph.text("。");
    }

    /** 十二、政府采购支出说明: by method, then what went to SMEs and to small and micro ones, with their shares of the total. */
    private NarrativeSection procurement(PublicationFacts facts, int year) {
        Report table = facts.procurement();
        Paragraphs paragraph;
        if (table == null) {
            paragraph = Paragraphs.of("").placeholder("政府采购支出情况（账簿中没有政府采购支出表）");
        } else {
            BigDecimal total = cell(table, RowCodes.TOTAL, "amount");
            if (total.signum() == 0) {
                paragraph = Paragraphs.of(year + "年度本单位没有政府采购支出。");
            } else {
                BigDecimal sme = cell(table, RowCodes.SME, "amount");
                BigDecimal smallMicro = cell(table, RowCodes.SMALL_MICRO, "amount");
                paragraph = Paragraphs.of(year + "年度政府采购支出总额").wan(total).text("，其中：政府采购货物支出")
                        .wan(cell(table, RowCodes.GOODS, "amount")).text("、政府采购工程支出").wan(cell(table, RowCodes.WORKS, "amount"))
                        .text("、政府采购服务支出").wan(cell(table, RowCodes.SERVICES, "amount")).text("。授予中小企业合同金额").wan(sme)
                        .text("，占政府采购支出总额的").percent(Figures.percentOf(sme, total)).text("，其中：授予小微企业合同金额")
                        .wan(smallMicro).text("，占政府采购支出总额的").percent(Figures.percentOf(smallMicro, total)).text("。");
            }
        }
        return section("十二", "政府采购支出说明", paragraph);
    }

    /** 十三、国有资产占用情况说明: the vehicles and large equipment of the unit's statement of assets. */
    private NarrativeSection assets(PublicationFacts facts, int year) {
        Map<String, String> assets = facts.assets();
        Paragraphs paragraph;
        if (assets == null) {
            paragraph = Paragraphs.of("截至" + year + "年12月31日，")
                    .placeholder("车辆按类别及单位价值50万元以上通用设备、100万元以上专用设备的数量（未录入资产说明）").text("。");
        } else {
            paragraph = Paragraphs.of("截至" + year + "年12月31日，共有车辆").count(vehicleCount(assets), "辆").text("（")
                    .placeholder("本年度车辆增减及报废处置情况").text("），其中，");
            for (int i = 0; i < VEHICLE_CATEGORIES.size(); i++) {
                String category = VEHICLE_CATEGORIES.get(i);
                paragraph.text((i == 0 ? "" : "、") + VEHICLE_NAMES.get(category)).count(count(assets, category), "辆");
            }
            if (count(assets, "OTHER") > 0) {
                paragraph.text("，其他用车主要是").placeholder("其他用车的用途");
            }
            paragraph.text("；单位价值50万元以上通用设备");
            equipment(paragraph, assets, "GENERAL_EQUIPMENT_OVER_500K", "单位价值50万元以上通用设备数量");
            paragraph.text("；单位价值100万元以上专用设备");
            equipment(paragraph, assets, "SPECIAL_EQUIPMENT_OVER_1M", "单位价值100万元以上专用设备数量");
            paragraph.text("。");
        }
        return section("十三", "国有资产占用情况说明", paragraph);
    }

    /** 十四、预算绩效情况说明: the spending evaluated, the projects and the unit's self-evaluation grade. */
    private NarrativeSection performance(LedgerPosition position, NarrativeTables tables, int year) {
        ReportId spending = ReportId.EXPENDITURE;
        Paragraphs scope = Paragraphs.of("根据预算绩效管理要求，我部门组织对" + year + "年度部门整体支出的绩效评价，撰写了绩效自评报告。"
                + year + "年整体支出").wan(tables.amount(spending, RowCodes.TOTAL, "total")).text("，其中：基本支出")
                .wan(tables.amount(spending, RowCodes.TOTAL, "basic")).text("，项目支出")
                .wan(tables.amount(spending, RowCodes.TOTAL, "project")).text("。");
        ReportId projects = ReportId.PROJECT_EXECUTION;
        BigDecimal projectTotal = tables.amount(projects, RowCodes.TOTAL, "spent");
        int count = 0;
        BigDecimal involved = BigDecimal.ZERO.setScale(2);
        int evaluated = 0;
        BigDecimal evaluatedAmount = BigDecimal.ZERO.setScale(2);
        Set<String> withTargets = Set.copyOf(position.evaluation().projectCodes());
        for (ReportRow row : tables.rows(projects)) {
            BigDecimal spent = new BigDecimal(row.cell("spent"));
            if (row.code().equals(RowCodes.TOTAL) || spent.signum() == 0) {
                continue;
            }
            count++;
            involved = involved.add(spent);
            if (withTargets.contains(row.code())) {
                evaluated++;
                evaluatedAmount = evaluatedAmount.add(spent);
            }
        }
        scope.text(year + "年度一般公共预算项目支出总额").wan(projectTotal).text("，涉及项目").count(count, "个").text("，涉及资金")
                .wan(involved);
        share(scope, "，占一般公共预算项目支出总额的", Figures.percentOf(involved, projectTotal));
        scope.text("；其中设定绩效目标并开展绩效自评的项目").count(evaluated, "个").text("，涉及资金").wan(evaluatedAmount);
        share(scope, "，占一般公共预算项目支出总额的", Figures.percentOf(evaluatedAmount, projectTotal));
        scope.text("。");

        Paragraphs result = Paragraphs.of("从评价情况来看，").placeholder("预算执行和绩效目标实现情况的评价").text("，");
        if (position.evaluation().targetsOf(null).isPresent()) {
            Report unit = tables.report(ReportId.PERFORMANCE_UNIT);
            ReportRow total = unit.row("TOTAL").orElseThrow();
            result.text("绩效评价结果为").figure(total.cell("grade")).text("（部门整体支出绩效自评得分").figure(total.cell("score"))
                    .text("分）。");
        } else {
            result.text("绩效评价结果为").placeholder("绩效评价结果（本单位未设定整体支出绩效目标，账簿中没有自评得分）").text("。");
        }
        result.text("部门整体支出绩效评价报告详见第五部分。");
        return section("十四", year + "年度预算绩效情况说明", scope, result);
    }

    // ---- the sentence patterns shared by several sections

    /**
     * {@code <before>B万元<between>A万元，<rateWord>P%，决算数大于<budgetWord>的主要原因是：…}: a 决算 against a
     * budget, the rate left out when the budget is zero, a reason asked for only when they differ.
     */
    private static void budgetAgainstSpending(Paragraphs paragraph, String before, String between, String rateWord,
            String budgetWord, BigDecimal budget, BigDecimal spent) {
        paragraph.text(before).wan(budget).text(between).wan(spent);
        BigDecimal rate = Figures.percentOf(spent, budget);
        if (rate != null) {
            paragraph.text("，" + rateWord).percent(rate);
        }
        paragraph.text("，决算数").comparison(spent, budget).text(budgetWord);
        if (spent.compareTo(budget) != 0) {
            paragraph.text("的主要原因是：").placeholder("决算数" + Figures.comparisonWord(spent, budget) + budgetWord + "的" + REASON);
        }
    }

    /** A change against the previous year, then {@code ，主要原因是：…} when there is one. */
    private static void changeWithReason(Paragraphs paragraph, BigDecimal current, BigDecimal prior, String what) {
        if (paragraph.change(current, prior, what)) {
            paragraph.text("，主要原因是：").placeholder(what + "增减变化的" + REASON);
        }
    }

    /** {@code 甲A万元，占B%；乙…}: the parts of one whole with their apportioned shares. */
    private static void listWithShares(Paragraphs paragraph, List<String> labels, List<BigDecimal> amounts, BigDecimal whole,
            String shareWord, String separator) {
        List<BigDecimal> shares = Figures.shares(amounts, whole);
        for (int i = 0; i < labels.size(); i++) {
            paragraph.text((i == 0 ? "" : separator) + labels.get(i)).wan(amounts.get(i));
            share(paragraph, shareWord, shares.get(i));
        }
    }

    private static void share(Paragraphs paragraph, String shareWord, BigDecimal share) {
        if (share != null) {
            paragraph.text(shareWord).percent(share);
        }
    }

    /** {@code ，主要包括基本工资、津贴补贴…}: the table-06 items of the classes that were spent on. */
    private static void spentItems(Paragraphs paragraph, NarrativeTables tables, Set<String> classes) {
        List<String> names = new ArrayList<>();
        for (ReportRow row : tables.rows(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC)) {
            if (row.level() == 2 && classes.contains(row.code().substring(0, 3)) && new BigDecimal(row.cell("amount")).signum() != 0) {
                names.add(row.name());
            }
        }
        if (!names.isEmpty()) {
            paragraph.text("，主要包括").figure(String.join("、", names));
        }
    }

    private static boolean fundIsEmpty(NarrativeTables tables, ReportId id) {
        for (String column : List.of("openingTotal", "incomeTotal", "expenditureTotal", "closingTotal")) {
            if (tables.amount(id, RowCodes.TOTAL, column).signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private static Paragraphs fundFigures(NarrativeTables tables, ReportId id, int year, String fund) {
        return Paragraphs.of(year + "年度" + fund + "年初结转和结余").wan(tables.amount(id, RowCodes.TOTAL, "openingTotal"))
                .text("，本年收入").wan(tables.amount(id, RowCodes.TOTAL, "incomeTotal"))
                .text("，本年支出").wan(tables.amount(id, RowCodes.TOTAL, "expenditureTotal"))
                .text("，年末结转和结余").wan(tables.amount(id, RowCodes.TOTAL, "closingTotal"))
                .text("，主要用于").placeholder("资金的主要用途及增减变化的原因").text("。");
    }

    /** {@code 公共安全（类）支出} from the 类 name {@code 公共安全支出}. */
    private static String classLabel(String name) {
        return name.endsWith("支出") ? name.substring(0, name.length() - 2) + "（类）支出" : name + "（类）";
    }

    /** {@code 公共安全支出（类）公安（款）行政运行（项）}. */
    private String itemName(String code) {
        return catalogue.functionName(code.substring(0, 3)).orElse(code.substring(0, 3)) + "（类）"
                + catalogue.functionName(code.substring(0, 5)).orElse(code.substring(0, 5)) + "（款）"
                + catalogue.functionName(code).orElse(code) + "（项）";
    }

    private static long vehicleCount(Map<String, String> assets) {
        return VEHICLE_CATEGORIES.stream().mapToLong(category -> count(assets, category)).sum();
    }

    /** A vehicle category the statement does not list has no vehicles. */
    private static long count(Map<String, String> assets, String name) {
        String value = assets.get(name);
        return value == null || value.isBlank() ? 0 : Long.parseLong(value.trim());
    }

    private static void equipment(Paragraphs paragraph, Map<String, String> assets, String name, String what) {
        if (assets.get(name) == null) {
            paragraph.placeholder(what).text("台（套）");
        } else {
            paragraph.count(count(assets, name), "台（套）");
        }
    }

    private static BigDecimal cell(Report report, String row, String column) {
        return report.row(row).map(r -> r.cells().get(column)).map(BigDecimal::new).orElse(null);
    }

    private static NarrativeSection section(String number, String title, Paragraphs... paragraphs) {
        List<NarrativeParagraph> built = new ArrayList<>();
        for (Paragraphs paragraph : paragraphs) {
            built.add(paragraph.build());
        }
        return new NarrativeSection(number, title, built);
    }
}
