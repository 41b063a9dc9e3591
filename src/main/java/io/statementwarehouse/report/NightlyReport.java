package io.statementwarehouse.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.statementwarehouse.web.CueHighlight;
import io.statementwarehouse.web.SafeLinks;
import io.statementwarehouse.web.Templates;

/**
 * The nightly report: one self-contained HTML file (charts embedded as images, no script, no network)
 * with commitments per month by class, the top committers, a topic-by-committer heat map, the last
 * run's new commitments with links back to their releases, and the run's data-quality figures.
 * Rendered from the explorer's templates (templates/report.html, styled by the same fragment as its pages),
 * which escape every value from the releases; only http(s) URLs become links.
 */
public final class NightlyReport {

    private static final List<String> CLASSES = List.of("PLEDGE", "INTENT", "APPEAL", "DEMAND");
    private static final int NEW_COMMITMENTS_SHOWN = 200;

    private final Connection c;

    public NightlyReport(Connection connection) {
        this.c = connection;
    }

    /** Writes the report and returns its path. */
    public Path write(Path out) throws SQLException, IOException {
        String html = render();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, html, StandardCharsets.UTF_8);
        return out;
    }

    String render() throws SQLException {
        Map<String, Object> run = lastRun();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Statement warehouse report" + (run.isEmpty() ? "" : " " + str(run.get("run_date"))));
        model.put("totals", totals());
        model.put("generated", OffsetDateTime.now().withNano(0).toString());
        model.put("run", run.isEmpty() ? null : "last run " + str(run.get("run_id")) + " of " + str(run.get("run_date")));
        model.put("monthly", monthly());
        model.put("committers", committers());
        model.put("heatMap", heatMap());
        model.put("hasRun", !run.isEmpty());
        if (!run.isEmpty()) {
            List<Commitment> commitments = newCommitments(run);
            model.put("commitments", commitments.subList(0, Math.min(commitments.size(), NEW_COMMITMENTS_SHOWN)));
            model.put("commitmentsTruncated", commitments.size() > NEW_COMMITMENTS_SHOWN);
            model.put("shown", NEW_COMMITMENTS_SHOWN);
            model.put("figures", figures(run));
            model.put("rejects", rows("""
                    SELECT regexp_replace(reason, ':.*', '') AS reason, count(*) FROM etl_reject WHERE run_id = ? GROUP BY 1 ORDER BY 2 DESC""",
                    run.get("run_id")));
            model.put("unresolved", rows("SELECT kind, surface, mentions FROM etl_unresolved_name ORDER BY mentions DESC, surface LIMIT 15"));
        }
        return Templates.render("report", model);
    }

    /** A new commitment as the report lists it: the link only when it is an http(s) URL. */
    public record Commitment(String cls, String committers, String topics, CueHighlight sentence, String title, String link,
                             String published) {
    }

    /** One figure of the run's data quality. */
    public record Figure(String label, String value) {
    }

    private String totals() throws SQLException {
        List<List<Object>> r = rows("""
                SELECT (SELECT count(*) FROM v_release), (SELECT count(*) FROM v_commitment), (SELECT count(*) FROM v_statement
                WHERE class = 'DEMAND'), (SELECT min(published_date) FROM v_release), (SELECT max(published_date) FROM v_release)""");
        List<Object> t = r.get(0);
        return String.format("%,d releases from %s to %s; %,d commitments and %,d demands.", ((Number) t.get(0)).longValue(),
                str(t.get(3)), str(t.get(4)), ((Number) t.get(1)).longValue(), ((Number) t.get(2)).longValue());
    }

    private String monthly() throws SQLException {
        List<List<Object>> r = rows("""
                SELECT strftime(published_date, '%Y-%m') AS month, class, count(*) FROM v_statement GROUP BY ALL ORDER BY 1""");
        Set<String> months = new LinkedHashSet<>();
        r.forEach(row -> months.add(str(row.get(0))));
        if (months.isEmpty()) {
            return null;
        }
        List<String> monthList = new ArrayList<>(months);
        double[][] counts = new double[CLASSES.size()][monthList.size()];
        for (List<Object> row : r) {
            int ci = CLASSES.indexOf(str(row.get(1)));
            if (ci >= 0) {
                counts[ci][monthList.indexOf(str(row.get(0)))] = ((Number) row.get(2)).doubleValue();
            }
        }
        return ChartImages.monthlyByClass(monthList, CLASSES, counts);
    }

    private static final String COMMITTERS = """
            SELECT code, coalesce(dc.name, code) AS name, count(*) AS n
            FROM (SELECT unnest(committers) AS code FROM v_commitment) x LEFT JOIN dim_country dc ON dc.iso3 = x.code
            GROUP BY ALL ORDER BY n DESC, code LIMIT 15""";

    private String committers() throws SQLException {
        List<List<Object>> r = rows(COMMITTERS);
        if (r.isEmpty()) {
            return null;
        }
        return ChartImages.topCommitters(r.stream().map(x -> str(x.get(1))).toList(), r.stream().map(x -> (Number) x.get(2)).toList());
    }

    private String heatMap() throws SQLException {
        List<String> codes = rows(COMMITTERS).stream().limit(12).map(x -> str(x.get(0))).toList();
        if (codes.isEmpty()) {
            return null;
        }
        List<List<Object>> r = rows("""
                WITH c AS (SELECT unnest(committers) AS code, topics FROM v_commitment),
                     totals AS (SELECT code, count(*) AS n FROM c GROUP BY code)
                SELECT c.code, t.topic, round(100.0 * count(*) / any_value(totals.n), 1)
                FROM c JOIN totals USING (code), unnest(c.topics) AS t(topic) GROUP BY c.code, t.topic""");
        List<String> topics = rows("SELECT topic_code FROM dim_topic ORDER BY topic_code").stream().map(x -> str(x.get(0))).toList();
        Map<String, Number> cell = new LinkedHashMap<>();
        r.forEach(row -> cell.put(row.get(0) + "|" + row.get(1), (Number) row.get(2)));
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < codes.size(); x++) {
            for (int y = 0; y < topics.size(); y++) {
                cells.add(new Number[] {x, y, cell.getOrDefault(codes.get(x) + "|" + topics.get(y), 0)});
            }
        }
        return ChartImages.topicByCountry(codes, topics, cells);
    }

    private List<Commitment> newCommitments(Map<String, Object> run) throws SQLException {
        List<List<Object>> r = rows("""
                SELECT s.class, array_to_string(s.committers, ', '), array_to_string(s.topics, ', '), s.sentence_text, s.title, r.url,
                       s.source_id, s.published_date, s.cue
                FROM v_commitment s JOIN dim_release r USING (release_key)
                WHERE r.run_id = ?
                ORDER BY CASE s.class WHEN 'PLEDGE' THEN 0 WHEN 'INTENT' THEN 1 ELSE 2 END, s.confidence DESC, s.published_date DESC
                LIMIT ?""", run.get("run_id"), NEW_COMMITMENTS_SHOWN + 1);
        List<Commitment> out = new ArrayList<>();
        for (List<Object> row : r) {
            String title = row.get(4) == null ? str(row.get(6)) : str(row.get(4));
            out.add(new Commitment(str(row.get(0)), str(row.get(1)), str(row.get(2)), CueHighlight.of(str(row.get(3)), str(row.get(8))), title,
                    SafeLinks.httpOrNull(row.get(5) == null ? null : str(row.get(5))), str(row.get(7))));
        }
        return out;
    }

    private static List<Figure> figures(Map<String, Object> run) {
        List<Figure> figures = new ArrayList<>();
        for (String[] f : new String[][] {{"files", "Files loaded"}, {"files_skipped", "Files unchanged, skipped"},
                {"releases", "Releases loaded"}, {"sentences", "Sentences"}, {"duplicates", "Republished copies stored once"},
                {"rejects", "Records rejected"}, {"seconds", "Seconds"}}) {
            figures.add(new Figure(f[1], str(run.get(f[0]))));
        }
        return figures;
    }

    private Map<String, Object> lastRun() throws SQLException {
        Map<String, Object> run = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM etl_run ORDER BY ended_at DESC NULLS LAST, run_id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    run.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
            }
        }
        return run;
    }

    private List<List<Object>> rows(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
