package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Multi-label topics from the closed list of EXTRACTION.md section 4, by keyword. Lower-case keywords
 * match in any case; keywords with capitals (UN, AI, BRI) match only as written.
 */
public final class TopicClassifier {

    private record TopicPatterns(Pattern anyCase, Pattern exactCase) {
    }

    private final Map<String, TopicPatterns> topics = new LinkedHashMap<>();

    public TopicClassifier(ReferenceData reference) {
        reference.topicKeywords().forEach((topic, keywords) -> {
            List<String> lower = keywords.stream().filter(k -> k.equals(k.toLowerCase())).toList();
            List<String> exact = keywords.stream().filter(k -> !k.equals(k.toLowerCase())).toList();
            topics.put(topic, new TopicPatterns(compile(lower, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), compile(exact, 0)));
        });
    }

    private static Pattern compile(List<String> keywords, int flags) {
        if (keywords.isEmpty()) {
            return null;
        }
        String alternatives = keywords.stream().sorted((a, b) -> b.length() - a.length())
                .map(TopicClassifier::escape)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])", flags);
    }

    /** A keyword as a regex: metacharacters escaped, either apostrophe accepted, any white space. */
    static String escape(String keyword) {
        StringBuilder sb = new StringBuilder();
        for (char c : keyword.toCharArray()) {
            if (c == '\'' || c == '’') {
                sb.append("['’]");
            } else if (c == ' ') {
                sb.append("\\s+");
            } else if ("\\.[]{}()*+?^$|-".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Topics of a sentence; OTHER when no keyword matches. */
    public List<String> topics(String text) {
        List<String> found = new ArrayList<>();
        topics.forEach((topic, p) -> {
            if ((p.anyCase() != null && p.anyCase().matcher(text).find())
                    || (p.exactCase() != null && p.exactCase().matcher(text).find())) {
                found.add(topic);
            }
        });
        if (found.isEmpty()) {
            found.add("OTHER");
        }
        return found;
    }
}
