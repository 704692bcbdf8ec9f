package org.budgetledger.query.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed rows of table 06 as the reference table prints them: the 人员经费 classes (301,
 * 303) then the 公用经费 classes (302, 307, 310, 399), each 类 with every one of its 款, in code
 * order.
 */
final class EconomicLayout {

    /** 人员经费 = 301 + 303. */
    static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");
    /** 公用经费 = 302 + 307 + 310 + 399. */
    static final Set<String> PUBLIC_CLASSES = Set.of("302", "307", "310", "399");

    /** 类 code → its name and its 款 (code → name), in print order. */
    static final Map<String, Group> GROUPS = groups();

    record Group(String name, Map<String, String> items) {
    }

    private EconomicLayout() {
    }

    private static Map<String, Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        groups.put("301", group("工资福利支出", List.of(
                "30101", "基本工资", "30102", "津贴补贴", "30103", "奖金", "30106", "伙食补助费",
                "30107", "绩效工资", "30108", "机关事业单位基本养老保险缴费", "30109", "职业年金缴费",
                "30110", "职工基本医疗保险缴费", "30111", "公务员医疗补助缴费", "30112", "其他社会保障缴费",
                "30113", "住房公积金", "30114", "医疗费", "30199", "其他工资福利支出")));
        groups.put("303", group("对个人和家庭的补助", List.of(
                "30301", "离休费", "30302", "退休费", "30303", "退职（役）费", "30304", "抚恤金",
                "30305", "生活补助", "30306", "救济费", "30307", "医疗费补助", "30308", "助学金",
                "30309", "奖励金", "30310", "个人农业生产补贴", "30311", "代缴社会保险费",
                "30399", "其他对个人和家庭的补助")));
        groups.put("302", group("商品和服务支出", List.of(
                "30201", "办公费", "30202", "印刷费", "30203", "咨询费", "30204", "手续费", "30205", "水费",
                "30206", "电费", "30207", "邮电费", "30208", "取暖费", "30209", "物业管理费", "30211", "差旅费",
                "30212", "因公出国（境）费用", "30213", "维修（护）费", "30214", "租赁费", "30215", "会议费",
                "30216", "培训费", "30217", "公务接待费", "30218", "专用材料费", "30224", "被装购置费",
                "30225", "专用燃料费", "30226", "劳务费", "30227", "委托业务费", "30228", "工会经费",
                "30229", "福利费", "30231", "公务用车运行维护费", "30239", "其他交通费用",
                "30240", "税金及附加费用", "30299", "其他商品和服务支出")));
        groups.put("307", group("债务利息及费用支出", List.of(
                "30701", "国内债务付息", "30702", "国外债务付息")));
        groups.put("310", group("资本性支出", List.of(
                "31001", "房屋建筑物购建", "31002", "办公设备购置", "31003", "专用设备购置",
                "31005", "基础设施建设", "31006", "大型修缮", "31007", "信息网络及软件购置更新",
                "31008", "物资储备", "31009", "土地补偿", "31010", "安置补助", "31011", "地上附着物和青苗补偿",
                "31012", "拆迁补偿", "31013", "公务用车购置", "31019", "其他交通工具购置",
                "31021", "文物和陈列品购置", "31022", "无形资产购置", "31099", "其他资本性支出")));
        groups.put("399", group("其他支出", List.of(
                "39907", "国家赔偿费用支出", "39908", "对民间非营利组织和群众性自治组织补贴",
                "39909", "经常性赠与", "39910", "资本性赠与", "39999", "其他支出")));
        return groups;
    }

    private static Group group(String name, List<String> codesAndNames) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.size(); i += 2) {
            items.put(codesAndNames.get(i), codesAndNames.get(i + 1));
        }
        return new Group(name, items);
    }
}
