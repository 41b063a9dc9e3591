package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the filters offer (the committers, counterparts, topics and speakers that occur, most frequent first), the
 * names of the codes, the busiest pairs and the totals. These scan whole tables, so they are computed once per state
 * of the warehouse (see {@link FacetCache}), not once per page.
 */
public record Facets(List<Choice> committers, List<Choice> counterparts, List<Choice> topics, List<String> speakers,
                     List<PairCount> topPairs, Map<String, String> names, long releases, long statements, long commitments,
                     LocalDate firstDate, LocalDate lastDate) {

    /** A value to filter by, its label and how many statements have it. */
    public record Choice(String code, String label, long count) {
    }

    /** Commitments from one actor to another. */
    public record PairCount(String committer, String committerName, String counterpart, String counterpartName, long count) {

        public String link() {
            return PairQueries.link(committer, counterpart);
        }
    }

    /** The name of a party code (a country's ISO3, an organization's code), or the code itself. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    static Facets load(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Rows.list(c, "SELECT iso3, name FROM dim_country UNION ALL SELECT code, name FROM dim_organization", List.of(),
                rs -> names.putIfAbsent(rs.getString(1), rs.getString(2)));
        Map<String, String> topicNames = new HashMap<>();
        Rows.list(c, "SELECT topic_code, description FROM dim_topic", List.of(), rs -> topicNames.put(rs.getString(1), rs.getString(2)));
        List<Choice> committers = choices(c, "SELECT party_code, count(*) AS n FROM bridge_statement_committer GROUP BY 1 ORDER BY n DESC, 1", names);
        List<Choice> counterparts = choices(c, "SELECT party_code, count(*) AS n FROM bridge_statement_counterpart GROUP BY 1 ORDER BY n DESC, 1",
                names);
        List<Choice> topics = Rows.list(c, "SELECT topic_code, count(*) AS n FROM bridge_statement_topic GROUP BY 1 ORDER BY 1", List.of(),
                rs -> new Choice(rs.getString(1), rs.getString(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " ("
                        + topicNames.getOrDefault(rs.getString(1), "") + ")", rs.getLong(2)));
        List<String> speakers = Rows.list(c, """
                SELECT speaker FROM fact_sentence WHERE speaker IS NOT NULL AND class_code <> 'NONE'
                GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 300""", List.of(), rs -> rs.getString(1));
        List<PairCount> pairs = Rows.list(c, """
                SELECT c.party_code AS a, k.party_code AS b, count(*) AS n
                FROM bridge_statement_committer c JOIN bridge_statement_counterpart k USING (release_key, sentence_no)
                JOIN fact_sentence f USING (release_key, sentence_no)
                WHERE f.class_code IN ('PLEDGE', 'INTENT', 'APPEAL') AND c.party_code <> k.party_code
                GROUP BY ALL ORDER BY n DESC, a, b LIMIT 30""", List.of(),
                rs -> new PairCount(rs.getString(1), names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getString(2),
                        names.getOrDefault(rs.getString(2), rs.getString(2)), rs.getLong(3)));
        long[] totals = new long[3];
        LocalDate[] range = new LocalDate[2];
        Rows.list(c, """
                SELECT (SELECT count(*) FROM dim_release), count(*) FILTER (WHERE class_code <> 'NONE'),
                       count(*) FILTER (WHERE class_code IN ('PLEDGE', 'INTENT', 'APPEAL')),
                       (SELECT min(published_date) FROM dim_release), (SELECT max(published_date) FROM dim_release)
                FROM fact_sentence""", List.of(), rs -> {
            totals[0] = rs.getLong(1);
            totals[1] = rs.getLong(2);
            totals[2] = rs.getLong(3);
            range[0] = rs.getObject(4, LocalDate.class);
            range[1] = rs.getObject(5, LocalDate.class);
            return null;
        });
        return new Facets(committers, counterparts, topics, speakers, pairs, Map.copyOf(names), totals[0], totals[1], totals[2], range[0],
                range[1]);
    }

    private static List<Choice> choices(Connection c, String sql, Map<String, String> names) throws SQLException {
        return Rows.list(c, sql, List.of(), rs -> {
            String code = rs.getString(1);
            String name = names.get(code);
            return new Choice(code, name == null || name.equals(code) ? code : name + " (" + code + ")", rs.getLong(2));
        });
    }
}
