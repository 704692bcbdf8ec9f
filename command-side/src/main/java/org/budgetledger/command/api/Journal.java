package org.budgetledger.command.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.platform.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Applies a journal from any source: the HTTP endpoint, or the demo loader at start-up. */
@Component
public class Journal {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int PROGRESS_EVERY = 200;

    private final CommandSender sender;
    private final ObjectMapper json;
    private final String recordedBy;

    Journal(CommandSender sender, ObjectMapper json, @Value("${ledger.default-user}") String recordedBy) {
        this.sender = sender;
        this.json = json;
        this.recordedBy = recordedBy;
    }

    /**
     * Applies every line and answers one result per input line plus a summary. Blank lines
     * are skipped but still counted, so that {@code index} is the line number in the file.
     */
    public Map<String, Object> apply(InputStream ndjson, String source) throws IOException {
        List<Map<String, Object>> results = new ArrayList<>();
        int applied = 0;
        int duplicates = 0;
        int rejected = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
        String text;
        int index = 0;
        while ((text = reader.readLine()) != null) {
            index++;
            if (text.isBlank()) {
                continue;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", index);
            try {
                Map<String, Object> answer = sender.send(CommandReader.journalLine(parse(text), recordedBy));
                result.put("status", 200);
                result.putAll(answer);
                if (Boolean.TRUE.equals(answer.get("duplicate"))) {
                    duplicates++;
                } else {
                    applied++;
                }
            } catch (LedgerRejection rejection) {
                Map<String, Object> problem = ProblemResponses.body(rejection);
                result.put("status", problem.get("status"));
                result.putAll(problem);
                rejected++;
            }
            results.add(result);
            if (index % PROGRESS_EVERY == 0) {
                log.info("{}: {} lines read, {} applied, {} duplicates, {} rejected", source, index, applied, duplicates, rejected);
            }
        }
        log.info("{}: done, {} lines read, {} applied, {} duplicates, {} rejected", source, index, applied, duplicates, rejected);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("applied", applied);
        summary.put("duplicates", duplicates);
        summary.put("rejected", rejected);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("results", results);
        answer.put("summary", summary);
        return answer;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw LedgerRejection.invalid("line", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
