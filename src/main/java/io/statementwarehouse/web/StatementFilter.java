package io.statementwarehouse.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Statements page's filters as they arrive in the query string, every one optional. Values that do not parse
 * (a date like "yesterday", an unknown class or sort) are ignored and listed in {@link #problems()}, never put into SQL.
 */
public record StatementFilter(String cls, String committer, String counterpart, String topic, String speaker, String from, String to,
                              String q, String sort, String dir, Integer page, Integer size) {

    static final List<String> CLASSES = List.of("PLEDGE", "INTENT", "APPEAL", "DEMAND");
    /** The sortable columns and their SQL, on fact_sentence (alias given at use). */
    static final Map<String, String> SORTS = Map.of(
            "date", "%1$s.published_date_key",
            "class", "CASE %1$s.class_code WHEN 'PLEDGE' THEN 4 WHEN 'INTENT' THEN 3 WHEN 'APPEAL' THEN 2 ELSE 1 END",
            "confidence", "%1$s.confidence",
            "speaker", "%1$s.speaker");
    static final Set<Integer> SIZES = Set.of(25, 50, 100, 200);
    private static final Pattern WORD = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    public static StatementFilter none() {
        return new StatementFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public String classOrNull() {
        String c = blankToNull(cls);
        return c != null && CLASSES.contains(c.toUpperCase(Locale.ROOT)) ? c.toUpperCase(Locale.ROOT) : null;
    }

    public String committerOrNull() {
        return code(committer);
    }

    public String counterpartOrNull() {
        return code(counterpart);
    }

    public String topicOrNull() {
        return code(topic);
    }

    public String speakerOrNull() {
        return blankToNull(speaker);
    }

    public LocalDate fromDate() {
        return date(from);
    }

    public LocalDate toDate() {
        return date(to);
    }

    /** The words to look for: each word, or each "quoted phrase", must occur in the sentence (any case). */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        if (q != null) {
            Matcher m = WORD.matcher(q);
            while (m.find() && words.size() < 10) {
                words.add(m.group(1) != null ? m.group(1).strip() : m.group(2));
            }
        }
        words.removeIf(String::isBlank);
        return words;
    }

    public String sortKey() {
        return sort != null && SORTS.containsKey(sort) ? sort : "date";
    }

    public boolean ascending() {
        return "asc".equalsIgnoreCase(dir);
    }

    public int pageNo() {
        return page == null || page < 1 ? 1 : page;
    }

    public int pageSize() {
        return size != null && SIZES.contains(size) ? size : 50;
    }

    /** Inputs that were ignored, as sentences for the page. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (blankToNull(cls) != null && classOrNull() == null) {
            p.add("unknown class \"" + cls + "\" ignored");
        }
        if (blankToNull(from) != null && fromDate() == null) {
            p.add("\"" + from + "\" is not a date (YYYY-MM-DD): no lower date limit");
        }
        if (blankToNull(to) != null && toDate() == null) {
            p.add("\"" + to + "\" is not a date (YYYY-MM-DD): no upper date limit");
        }
        return p;
    }

    /** This filter's link with some parameters changed (page, sort, ...); null values drop a parameter. */
    public String link(String path, Map<String, Object> changes) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("cls", classOrNull());
        params.put("committer", committerOrNull());
        params.put("counterpart", counterpartOrNull());
        params.put("topic", topicOrNull());
        params.put("speaker", speakerOrNull());
        params.put("from", blankToNull(from));
        params.put("to", blankToNull(to));
        params.put("q", blankToNull(q));
        params.put("sort", sort == null ? null : sortKey());
        params.put("dir", dir == null ? null : (ascending() ? "asc" : "desc"));
        params.put("size", size == null ? null : pageSize());
        params.put("page", null);
        params.putAll(changes);
        params.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    /** The link that sorts by {@code key}: descending first, then the other way round. */
    public String sortLink(String key) {
        boolean nextAscending = key.equals(sortKey()) && !ascending();
        return link("/statements", Map.of("sort", key, "dir", nextAscending ? "asc" : "desc"));
    }

    public String pageLink(int n) {
        return link("/statements", Map.of("page", n));
    }

    public String csvLink() {
        return link("/statements.csv", Map.of());
    }

    private static String code(String s) {
        // A code goes into SQL as a parameter only: an unknown one matches nothing.
        String v = blankToNull(s);
        return v == null ? null : v.strip();
    }

    private static LocalDate date(String s) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
