package org.budgetledger.command.ledger;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * A digest of what a command asks for, leaving out the request id and who asks (and whether an
 * administrator's restore asks). Two requests
 * with the same id are the same request exactly when their fingerprints agree. It is computed
 * from the parsed command, so {@code "100"} and {@code "100.00"} are the same amount.
 *
 * <p>Fingerprints are stored in events and compared with requests made after an upgrade: a
 * change to a command's name or components changes the fingerprint of every retry of an
 * older request, which would then be refused as a conflict. Such a change needs a
 * compatibility rule here: a component added later ({@link #ADDED_LATER}) is left out while it
 * is null, so a request that does not use it has the fingerprint it had before it existed.
 */
public final class RequestFingerprint {

    private static final Set<String> NOT_CONTENT = Set.of("requestId", "recordedBy", "administratorRestore");
    /** Optional components added to commands after requests without them were stored. */
    private static final Set<String> ADDED_LATER = Set.of("counterpartyUnit", "procurement");

    private RequestFingerprint() {
    }

    public static String of(Record command) {
        StringBuilder canonical = new StringBuilder(command.getClass().getSimpleName());
        try {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(command);
                boolean absentAddition = value == null && ADDED_LATER.contains(component.getName());
                if (!NOT_CONTENT.contains(component.getName()) && !absentAddition) {
                    canonical.append('|').append(component.getName()).append('=').append(value);
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (ReflectiveOperationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint " + command.getClass(), e);
        }
    }
}
