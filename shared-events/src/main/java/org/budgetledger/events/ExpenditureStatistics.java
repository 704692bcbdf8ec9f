package org.budgetledger.events;

/**
 * Counts that may accompany a 三公 expenditure: reception batches (接待批次) and guests (人次)
 * on 公务接待费, vehicles bought on 公务用车购置费. Zero when not given.
 */
public record ExpenditureStatistics(int receptionBatches, int receptionGuests, int vehiclesPurchased) {

    public static final ExpenditureStatistics NONE = new ExpenditureStatistics(0, 0, 0);
}
