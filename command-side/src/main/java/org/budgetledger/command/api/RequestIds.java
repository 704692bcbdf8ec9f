package org.budgetledger.command.api;

/** The shape every command's {@code requestId} has, said once for the binder and the API description. */
final class RequestIds {

    static final String PATTERN = "[A-Za-z0-9._:-]{1,64}";
    static final String MISMATCH = "must be 1 to 64 characters of letters, digits and . _ : -";
    static final String DESCRIPTION = "Chosen by the client, unique inside the ledger: a repeat with the same content "
            + "answers again with duplicate=true and records nothing; the same id with other content is REQUEST_ID_CONFLICT";

    private RequestIds() {
    }
}
