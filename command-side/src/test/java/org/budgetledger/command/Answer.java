package org.budgetledger.command;

import tools.jackson.databind.JsonNode;

/** One HTTP answer of the command side: its status, content type and JSON body. */
public record Answer(int status, String contentType, JsonNode body) {

    /** A field of the body, as text ({@code ""} when absent). */
    public String text(String field) {
        return body.path(field).asString();
    }

    /** A figure of the line the answer carries, such as {@code line("available")}. */
    public String line(String figure) {
        return body.path("line").path(figure).asString();
    }

    public long sequence() {
        return body.path("sequence").asLong();
    }

    public boolean duplicate() {
        return body.path("duplicate").asBoolean();
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
