package io.statementwarehouse.evaluation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** One hand-labelled release in the format of {@code ../shared/corpus/gold/} (see its README). */
public record GoldRelease(String docId, String eventDate, List<String> countries, List<String> organizations, List<String> persons,
                   List<String> dateValues, List<GoldSentence> sentences) {

    public record GoldSentence(int index, String text, String cls, String scope, List<String> committers, List<String> topics) {
    }

    static GoldRelease of(JsonNode n) {
        List<GoldSentence> sentences = new ArrayList<>();
        for (JsonNode s : n.path("sentences")) {
            sentences.add(new GoldSentence(s.path("i").asInt(), s.path("text").asString(), s.path("class").asString("NONE"),
                    s.path("scope").isMissingNode() || s.path("scope").isNull() ? null : s.path("scope").asString(),
                    strings(s.path("committers")), strings(s.path("topics"))));
        }
        List<String> persons = new ArrayList<>();
        for (JsonNode p : n.path("persons")) {
            persons.add(p.isObject() ? p.path("name").asString() : p.asString());
        }
        List<String> dates = new ArrayList<>();
        for (JsonNode d : n.path("dates")) {
            dates.add(d.path("value").asString());
        }
        JsonNode event = n.path("event_date");
        return new GoldRelease(n.path("doc_id").asString(), event.isNull() || event.isMissingNode() ? null : event.asString(),
                strings(n.path("countries")), strings(n.path("organizations")), persons, dates, sentences);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asString());
        }
        return out;
    }
}
