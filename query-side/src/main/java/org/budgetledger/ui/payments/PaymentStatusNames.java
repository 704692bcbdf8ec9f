package org.budgetledger.ui.payments;

import org.budgetledger.query.payments.PaymentRequest;

/** A payment request's status as a finance office calls it. */
public final class PaymentStatusNames {

    private PaymentStatusNames() {
    }

    public static String of(PaymentRequest.Status status) {
        return switch (status) {
            case PENDING -> "待审核";
            case APPROVED -> "已审核通过";
            case REJECTED -> "已退回";
        };
    }

    /** The contract's status text ({@code PENDING}, …), as a command's answer and the read side write it. */
    public static String of(String status) {
        return of(PaymentRequest.Status.valueOf(status));
    }
}
