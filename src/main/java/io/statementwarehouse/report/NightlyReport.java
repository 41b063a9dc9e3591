package io.statementwarehouse.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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

/**
 * The nightly report: one self-contained HTML file (charts embedded as images, no script, no network)
 * with commitments per month by class, the top committers, a topic-by-committer heat map, the last
 * run's new commitments with links back to their releases, and the run's data-quality figures.
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
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Statement warehouse report").append(run.isEmpty() ? "" : " " + esc(str(run.get("run_date"))))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Diplomatic statements: nightly report</h1><p>")
                .append(esc(totals())).append("</p><p class=\"muted\">Generated ").append(OffsetDateTime.now().withNano(0))
                .append(run.isEmpty() ? "" : "; last run " + esc(str(run.get("run_id"))) + " of " + esc(str(run.get("run_date"))))
                .append("</p></header>\n");

        h.append("<section><h2>Statements per month</h2>").append(img(monthly(), "Statements per month, stacked by class"))
                .append("</section>\n");
        h.append("<section><h2>Who commits most</h2>").append(img(committers(), "Top committers by number of commitments"))
                .append("</section>\n");
        h.append("<section><h2>What they commit to</h2>").append(img(heatMap(), "Share of each committer's commitments by topic"))
                .append("</section>\n");
        h.append("<section><h2>This run's new commitments</h2>").append(newCommitments(run)).append("</section>\n");
        h.append("<section><h2>Data quality of this run</h2>").append(quality(run)).append("</section>\n");
        h.append("<footer class=\"muted\">Every statement links to its release; character offsets in <code>v_statement</code> ")
                .append("trace it to the exact sentence.</footer></body></html>\n");
        return h.toString();
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

    private String newCommitments(Map<String, Object> run) throws SQLException {
        if (run.isEmpty()) {
            return "<p>No run recorded yet.</p>";
        }
        List<List<Object>> r = rows("""
                SELECT s.class, array_to_string(s.committers, ', '), array_to_string(s.topics, ', '), s.sentence_text, s.title, r.url,
                       s.source_id, s.published_date, s.cue
                FROM v_commitment s JOIN dim_release r USING (release_key)
                WHERE r.run_id = ?
                ORDER BY CASE s.class WHEN 'PLEDGE' THEN 0 WHEN 'INTENT' THEN 1 ELSE 2 END, s.confidence DESC, s.published_date DESC
                LIMIT ?""", run.get("run_id"), NEW_COMMITMENTS_SHOWN + 1);
        if (r.isEmpty()) {
            return "<p>This run loaded no new commitments.</p>";
        }
        StringBuilder t = new StringBuilder("<table><thead><tr><th>Class</th><th>Committers</th><th>Topics</th><th>Statement</th>")
                .append("<th>Release</th><th>Published</th></tr></thead><tbody>\n");
        for (List<Object> row : r.subList(0, Math.min(r.size(), NEW_COMMITMENTS_SHOWN))) {
            String title = row.get(4) == null ? str(row.get(6)) : str(row.get(4));
            String link = link(row.get(5) == null ? null : str(row.get(5)), title);
            t.append("<tr><td class=\"cls ").append(esc(str(row.get(0)))).append("\">").append(esc(str(row.get(0)))).append("</td><td>")
                    .append(esc(str(row.get(1)))).append("</td><td>").append(esc(str(row.get(2)))).append("</td><td>")
                    .append(highlight(str(row.get(3)), str(row.get(8)))).append("</td><td>").append(link).append("</td><td>")
                    .append(esc(str(row.get(7)))).append("</td></tr>\n");
        }
        t.append("</tbody></table>");
        if (r.size() > NEW_COMMITMENTS_SHOWN) {
            t.append("<p class=\"muted\">The strongest ").append(NEW_COMMITMENTS_SHOWN)
                    .append(" are shown; <code>v_commitment</code> has them all.</p>");
        }
        return t.toString();
    }

    private String quality(Map<String, Object> run) throws SQLException {
        if (run.isEmpty()) {
            return "<p>No run recorded yet.</p>";
        }
        StringBuilder q = new StringBuilder("<table class=\"figures\"><tbody>");
        for (String[] f : new String[][] {{"files", "Files loaded"}, {"files_skipped", "Files unchanged, skipped"},
                {"releases", "Releases loaded"}, {"sentences", "Sentences"}, {"duplicates", "Republished copies stored once"},
                {"rejects", "Records rejected"}, {"seconds", "Seconds"}}) {
            q.append("<tr><th>").append(f[1]).append("</th><td>").append(esc(str(run.get(f[0])))).append("</td></tr>");
        }
        q.append("</tbody></table>");
        List<List<Object>> rejects = rows("""
                SELECT regexp_replace(reason, ':.*', '') AS reason, count(*) FROM etl_reject WHERE run_id = ? GROUP BY 1 ORDER BY 2 DESC""",
                run.get("run_id"));
        if (!rejects.isEmpty()) {
            q.append("<h3>Rejects by reason</h3><table><tbody>");
            rejects.forEach(x -> q.append("<tr><td>").append(esc(str(x.get(0)))).append("</td><td>").append(esc(str(x.get(1)))).append("</td></tr>"));
            q.append("</tbody></table>");
        }
        List<List<Object>> unresolved = rows("SELECT kind, surface, mentions FROM etl_unresolved_name ORDER BY mentions DESC, surface LIMIT 15");
        if (!unresolved.isEmpty()) {
            q.append("<h3>Names to add to the reference data</h3><table><thead><tr><th>Kind</th><th>Name</th><th>Mentions</th></tr>")
                    .append("</thead><tbody>");
            unresolved.forEach(x -> q.append("<tr><td>").append(esc(str(x.get(0)))).append("</td><td>").append(esc(str(x.get(1))))
                    .append("</td><td>").append(esc(str(x.get(2)))).append("</td></tr>"));
            q.append("</tbody></table>");
        }
        return q.toString();
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

    private static String img(String dataUri, String alt) {
        return dataUri == null ? "<p>No statements yet.</p>" : "<img src=\"" + dataUri + "\" alt=\"" + esc(alt) + "\">";
    }

    /** The sentence with the cue that decided its class in bold. */
    private static String highlight(String sentence, String cue) {
        if (cue == null || cue.isBlank()) {
            return esc(sentence);
        }
        // regionMatches rather than toLowerCase().indexOf: lower-casing can change a string's length (İ), and the
        // offsets must be the sentence's own
        int at = -1;
        for (int i = 0; i + cue.length() <= sentence.length() && at < 0; i++) {
            if (sentence.regionMatches(true, i, cue, 0, cue.length())) {
                at = i;
            }
        }
        if (at < 0) {
            return esc(sentence);
        }
        return esc(sentence.substring(0, at)) + "<b>" + esc(sentence.substring(at, at + cue.length())) + "</b>"
                + esc(sentence.substring(at + cue.length()));
    }

    /**
     * The release's title, as a link when its url is a web address: an http or https URI with a host (the scheme in any
     * case). The url comes from the input as given, so anything else ({@code javascript:}, {@code data:}, a relative or
     * unparsable address) is shown as text after the title, never as a link a reader could click.
     */
    static String link(String url, String title) {
        if (url == null || url.isBlank()) {
            return esc(title);
        }
        if (isWebAddress(url)) {
            return "<a href=\"" + esc(url) + "\">" + esc(title) + "</a>";
        }
        return esc(title) + " <span class=\"muted\">" + esc(url) + "</span>";
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:1280px;
            padding:24px;color:#1a1a1a;line-height:1.45;font-size:16px}
            h1{font-size:28px;margin:0 0 6px}h2{font-size:22px;margin:32px 0 10px;border-bottom:2px solid #e5e5e5;padding-bottom:4px}
            h3{font-size:18px;margin:20px 0 8px}img{width:100%;height:auto;border:1px solid #eee}
            table{border-collapse:collapse;width:100%;font-size:15px}th,td{border-bottom:1px solid #e5e5e5;padding:6px 8px;
            text-align:left;vertical-align:top}thead th{background:#f5f5f5}table.figures{width:auto}table.figures th{padding-right:32px}
            .muted{color:#666;font-size:14px}.cls{font-weight:600;white-space:nowrap}.PLEDGE{color:#1b5e20}.INTENT{color:#2e7d32}
            .APPEAL{color:#558b2f}a{color:#1565c0}code{background:#f5f5f5;padding:1px 4px}
            """;
}
