package org.budgetledger.ui.journal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The uploaded file of the import form, read from the multipart body here because the process
 * keeps Spring's multipart handling off (the API takes no multipart bodies).
 */
record Upload(String fileName, byte[] content) {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    static Optional<Upload> of(HttpServletRequest request, String field) throws IOException {
        String type = request.getContentType();
        Matcher boundaryMatch = type == null ? null : BOUNDARY.matcher(type);
        if (boundaryMatch == null || !type.startsWith("multipart/form-data") || !boundaryMatch.find()) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new IOException("The file is larger than 20 MB");
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1),
                    headersStart);
            if (headersEnd < 0 || next < 0) {
                return Optional.empty();
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            if (headers.contains("name=\"" + field + "\"")) {
                Matcher name = FILE_NAME.matcher(headers);
                return Optional.of(new Upload(name.find() ? name.group(1) : "upload",
                        Arrays.copyOfRange(body, headersEnd + 4, next)));
            }
            start = next + 2;
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
