package org.budgetledger.events;

import java.util.Optional;

/** The four "three public" (三公经费) categories, each tied to one economic code. */
public enum ThreePublicCategory {
    /** 因公出国（境）费. */
    OVERSEAS_TRAVEL("30212", "因公出国（境）费"),
    /** 公务用车购置费. */
    VEHICLE_PURCHASE("31013", "公务用车购置费"),
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION("30231", "公务用车运行维护费"),
    /** 公务接待费. */
    RECEPTION("30217", "公务接待费");

    private final String economicCode;
    private final String label;

    ThreePublicCategory(String economicCode, String label) {
        this.economicCode = economicCode;
        this.label = label;
    }

    public String economicCode() {
        return economicCode;
    }

    public String label() {
        return label;
    }

    /** The category an economic code belongs to, if it is one of the four. */
    public static Optional<ThreePublicCategory> ofEconomicCode(String code) {
        for (ThreePublicCategory category : values()) {
            if (category.economicCode.equals(code)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
