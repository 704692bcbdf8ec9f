package org.budgetledger.query.lint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/**
 * The bytes a client sends as the text of a published document, refused with a clear answer when
 * they cannot be one: nothing, more than {@link #MAX_BYTES}, or bytes that are not UTF-8 text
 * (a PDF or a Word file sent as is).
 */
public final class PublishedText {

    /** 2 MiB: a whole 部门决算 with its self-evaluation is about 60 KB of text. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private PublishedText() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'))) {
                throw notText();
            }
            if (text.isBlank()) {
                throw LedgerRejection.invalid("body", "is empty: send the text of a published 部门决算 or 绩效自评 (text/plain, UTF-8)");
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw notText();
        }
    }

    public static LedgerRejection tooLarge(long bytes) {
        return new LedgerRejection(ErrorCode.DOCUMENT_TOO_LARGE, "The text is " + (bytes > MAX_BYTES ? "more than " : "")
                + MAX_BYTES + " bytes at most are read (" + MAX_BYTES / 1024 / 1024 + " MiB); a published report's text is far smaller");
    }

    private static LedgerRejection notText() {
        return LedgerRejection.invalid("body", "is not UTF-8 text; extract the text of the PDF first (for example pdftotext -layout)");
    }
}
