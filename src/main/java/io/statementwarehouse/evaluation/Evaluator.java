package io.statementwarehouse.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a warehouse against hand-labelled releases (the format of {@code ../shared/corpus/gold/}):
 * entities and dates per release (micro precision, recall, F1), event-date accuracy, and statements:
 * commitment detection, class, scope, committer and topic agreement on found commitments, DEMAND F1.
 * A warehouse sentence matches a labelled one when it contains at least 60% of its words.
 */
public final class Evaluator {

    static final double MATCH_SHARE = 0.6;

    /** Everything measured, plus the errors for analysis. */
    public record Report(int releases, int releasesMissing, Map<String, Scores> entities, Accuracy eventDate, Scores commitments,
                         Accuracy classAccuracy, Accuracy scopeAccuracy, Accuracy committerAccuracy, Scores topics, Scores demands,
                         List<String> errors) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("Evaluated %d labelled releases (%d not in the warehouse)%n%n", releases, releasesMissing));
            sb.append(String.format("%-22s %9s %9s %9s %6s %6s %6s%n", "measure", "precision", "recall", "F1", "tp", "fp", "fn"));
            entities.forEach((k, s) -> sb.append(row(k, s)));
            sb.append(row("commitments", commitments));
            sb.append(row("demands", demands));
            sb.append(row("topics (found)", topics));
            sb.append(String.format("%n%-22s %9s %9s%n", "accuracy", "value", "n"));
            sb.append(acc("event date", eventDate));
            sb.append(acc("class (found)", classAccuracy));
            sb.append(acc("scope (found)", scopeAccuracy));
            sb.append(acc("committers (found)", committerAccuracy));
            return sb.toString();
        }

        private static String row(String name, Scores s) {
            return String.format("%-22s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
        }

        private static String acc(String name, Accuracy a) {
            return String.format("%-22s %9.3f %9d%n", name, a.value(), a.total());
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("releases", releases);
            m.put("releases_missing", releasesMissing);
            entities.forEach((k, s) -> m.put(k, prf(s)));
            m.put("commitments", prf(commitments));
            m.put("demands", prf(demands));
            m.put("topics", prf(topics));
            m.put("event_date_accuracy", eventDate.value());
            m.put("class_accuracy", classAccuracy.value());
            m.put("scope_accuracy", scopeAccuracy.value());
            m.put("committer_accuracy", committerAccuracy.value());
            return m;
        }

        private static Map<String, Object> prf(Scores s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", s.precision());
            m.put("recall", s.recall());
            m.put("f1", s.f1());
            m.put("tp", s.tp());
            m.put("fp", s.fp());
            m.put("fn", s.fn());
            return m;
        }
    }

    private record WSentence(int no, String text, String cls, String scope, Set<String> committers, Set<String> topics,
                             String cue, String rule, Set<String> words) {
    }

    public static List<GoldRelease> readGold(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        List<GoldRelease> out = new ArrayList<>();
        for (JsonNode n : root) {
            out.add(GoldRelease.of(n));
        }
        return out;
    }

    public Report evaluate(Connection c, List<GoldRelease> gold) throws SQLException {
        Map<String, Scores> entities = new LinkedHashMap<>();
        for (String k : List.of("countries", "persons", "organizations", "dates")) {
            entities.put(k, new Scores());
        }
        Accuracy eventDate = new Accuracy();
        Scores commitments = new Scores();
        Scores demands = new Scores();
        Scores topics = new Scores();
        Accuracy cls = new Accuracy();
        Accuracy scope = new Accuracy();
        Accuracy committers = new Accuracy();
        List<String> errors = new ArrayList<>();
        int missing = 0;
        for (GoldRelease g : gold) {
            Long key = releaseKey(c, g.docId());
            if (key == null) {
                missing++;
                errors.add("MISSING release " + g.docId());
            }
            long k = key == null ? -1 : key;
            setScore(entities.get("countries"), new HashSet<>(g.countries()), mentions(c, k, "COUNTRY", true), "COUNTRY", g.docId(), errors);
            setScore(entities.get("organizations"), new HashSet<>(g.organizations()), mentions(c, k, "ORGANIZATION", true), "ORGANIZATION",
                    g.docId(), errors);
            // A person counts by canonical full name: a bare family name the release never completes is no canonical name.
            setScore(entities.get("persons"), fold(g.persons()),
                    fold(mentions(c, k, "PERSON", false).stream().filter(n -> n.contains(" ")).toList()), "PERSON", g.docId(), errors);
            setScore(entities.get("dates"), new HashSet<>(g.dateValues()), mentions(c, k, "DATE", true), "DATE", g.docId(), errors);
            if (g.eventDate() != null) {
                String got = eventDateOf(c, k);
                eventDate.add(g.eventDate().equals(got));
                if (!g.eventDate().equals(got)) {
                    errors.add("EVENT_DATE " + g.docId() + " gold=" + g.eventDate() + " got=" + got);
                }
            }
            List<WSentence> ws = sentences(c, k);
            scoreStatements(g, ws, commitments, demands, topics, cls, scope, committers, errors);
        }
        return new Report(gold.size(), missing, entities, eventDate, commitments, cls, scope, committers, topics, demands, errors);
    }

    private static boolean isCommitment(String cls) {
        return "PLEDGE".equals(cls) || "INTENT".equals(cls) || "APPEAL".equals(cls);
    }

    private static void scoreStatements(GoldRelease g, List<WSentence> ws, Scores commitments, Scores demands, Scores topics,
                                        Accuracy cls, Accuracy scope, Accuracy committers, List<String> errors) {
        Set<Integer> matchedW = new HashSet<>();
        Set<Integer> matchedDemandW = new HashSet<>();
        List<Set<String>> goldCommitmentWords = g.sentences().stream().filter(gs -> isCommitment(gs.cls()))
                .map(gs -> words(gs.text())).toList();
        for (GoldRelease.GoldSentence gs : g.sentences()) {
            Set<String> gw = words(gs.text());
            if (isCommitment(gs.cls())) {
                WSentence best = best(gw, ws, true);
                if (best == null) {
                    commitments.add(0, 0, 1);
                    WSentence any = best(gw, ws, false);
                    errors.add("FN " + g.docId() + " [" + gs.index() + "] gold=" + gs.cls() + " got=" + (any == null ? "?" : any.cls())
                            + " | " + gs.text());
                    continue;
                }
                commitments.add(1, 0, 0);
                matchedW.add(best.no());
                cls.add(gs.cls().equals(best.cls()));
                scope.add(gs.scope() == null || gs.scope().equals(best.scope()));
                boolean sameCommitters = new TreeSet<>(gs.committers()).equals(new TreeSet<>(best.committers()));
                committers.add(sameCommitters);
                Set<String> gt = new HashSet<>(gs.topics());
                setScore(topics, gt, best.topics());
                if (!gt.equals(best.topics())) {
                    errors.add("TOPICS " + g.docId() + " [" + gs.index() + "] gold=" + new TreeSet<>(gt) + " got=" + best.topics() + " | "
                            + gs.text());
                }
                if (!gs.cls().equals(best.cls()) || (gs.scope() != null && !gs.scope().equals(best.scope())) || !sameCommitters) {
                    errors.add("MISMATCH " + g.docId() + " [" + gs.index() + "] gold=" + gs.cls() + "/" + gs.scope() + "/" + gs.committers()
                            + " got=" + best.cls() + "/" + best.scope() + "/" + best.committers() + " rule=" + best.rule() + " cue=" + best.cue()
                            + " | " + gs.text());
                }
            } else if ("DEMAND".equals(gs.cls())) {
                WSentence best = bestOfClass(gw, ws, "DEMAND");
                if (best == null) {
                    demands.add(0, 0, 1);
                    errors.add("FN-DEMAND " + g.docId() + " [" + gs.index() + "] | " + gs.text());
                } else {
                    demands.add(1, 0, 0);
                    matchedDemandW.add(best.no());
                }
            }
        }
        for (WSentence w : ws) {
            if (isCommitment(w.cls()) && !matchedW.contains(w.no())) {
                // A warehouse commitment counts against precision unless it matches a labelled commitment.
                boolean matchesGoldCommitment = goldCommitmentWords.stream().anyMatch(gw -> overlap(gw, w.words()) >= MATCH_SHARE);
                if (!matchesGoldCommitment) {
                    commitments.add(0, 1, 0);
                    errors.add("FP " + g.docId() + " [" + w.no() + "] got=" + w.cls() + " rule=" + w.rule() + " cue=" + w.cue() + " | "
                            + w.text());
                }
            }
            if ("DEMAND".equals(w.cls()) && !matchedDemandW.contains(w.no())) {
                demands.add(0, 1, 0);
                errors.add("FP-DEMAND " + g.docId() + " [" + w.no() + "] rule=" + w.rule() + " cue=" + w.cue() + " | " + w.text());
            }
        }
    }

    private static WSentence best(Set<String> goldWords, List<WSentence> ws, boolean commitmentsOnly) {
        WSentence best = null;
        double bestShare = MATCH_SHARE;
        for (WSentence w : ws) {
            if (commitmentsOnly && !isCommitment(w.cls())) {
                continue;
            }
            double share = overlap(goldWords, w.words());
            if (share >= bestShare) {
                best = w;
                bestShare = share;
            }
        }
        return best;
    }

    private static WSentence bestOfClass(Set<String> goldWords, List<WSentence> ws, String cls) {
        WSentence best = null;
        double bestShare = MATCH_SHARE;
        for (WSentence w : ws) {
            double share = overlap(goldWords, w.words());
            if (cls.equals(w.cls()) && share >= bestShare) {
                best = w;
                bestShare = share;
            }
        }
        return best;
    }

    /** The share of the labelled sentence's words that the warehouse sentence contains. */
    static double overlap(Set<String> gold, Set<String> got) {
        if (gold.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : gold) {
            if (got.contains(w)) {
                n++;
            }
        }
        return (double) n / gold.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static <T> void setScore(Scores s, Set<T> gold, Set<T> got) {
        long tp = got.stream().filter(gold::contains).count();
        s.add(tp, got.size() - tp, gold.size() - tp);
    }

    /** Scores a release's set of entities of one kind, and lists what it got wrong ("FP-PERSON doc name") among the errors. */
    private static void setScore(Scores s, Set<String> gold, Set<String> got, String kind, String docId, List<String> errors) {
        setScore(s, gold, got);
        got.stream().filter(x -> !gold.contains(x)).sorted().forEach(x -> errors.add("FP-" + kind + " " + docId + " " + x));
        gold.stream().filter(x -> !got.contains(x)).sorted().forEach(x -> errors.add("FN-" + kind + " " + docId + " " + x));
    }

    private static Set<String> fold(java.util.Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            out.add(Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip());
        }
        return out;
    }

    private static Long releaseKey(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT release_key FROM v_release WHERE source_id = ? LIMIT 1")) {
            ps.setString(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String eventDateOf(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(event_date AS VARCHAR) FROM v_release WHERE release_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Set<String> mentions(Connection c, long key, String kind, boolean resolvedOnly) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT normalized FROM v_mention WHERE release_key = ? AND kind = ?"
                + (resolvedOnly ? " AND resolved" : ""))) {
            ps.setLong(1, key);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<WSentence> sentences(Connection c, long key) throws SQLException {
        List<WSentence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.sentence_no, f.sentence_text, f.class_code, f.scope, s.committers, s.topics, f.cue, f.rule
                FROM fact_sentence f LEFT JOIN v_statement s USING (release_key, sentence_no)
                WHERE f.release_key = ? ORDER BY f.sentence_no""")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WSentence(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), list(rs.getArray(5)),
                            list(rs.getArray(6)), rs.getString(7), rs.getString(8), words(rs.getString(2))));
                }
            }
        }
        return out;
    }

    private static Set<String> list(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Object[] values = (Object[]) array.getArray();
        Set<String> out = new TreeSet<>();
        Arrays.stream(values).forEach(v -> out.add(String.valueOf(v)));
        return out;
    }
}
