package org.budgetledger.publication;

/**
 * The size of the supplier a procurement contract was awarded to. 授予中小企业 counts
 * {@link #SMALL_MICRO} and {@link #MEDIUM}; 其中授予小微企业 counts {@link #SMALL_MICRO} alone.
 */
public enum SupplierSize {
    SMALL_MICRO,
    MEDIUM,
    LARGE;

    /** Whether the contract counts as awarded to a small or medium enterprise (中小企业). */
    public boolean isSme() {
        return this != LARGE;
    }
}
