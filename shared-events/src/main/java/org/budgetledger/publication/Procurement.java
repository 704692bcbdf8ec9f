package org.budgetledger.publication;

/**
 * That an expenditure (or a payment request) was made under government procurement (政府采购):
 * by which method, and the size of the supplier the contract went to. Absent (null) on an
 * expenditure made outside procurement and on every event recorded before it existed.
 */
public record Procurement(ProcurementMethod method, SupplierSize supplierSize) {
}
