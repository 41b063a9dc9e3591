package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The release page: the text exactly as read, its statements highlighted and its mentions marked. */
public record ReleasePage(long releaseKey, String sourceId, String source, List<ReleaseMarkup.Piece> title, String link, String url,
                          LocalDate publishedDate, LocalDate eventDate, String datelinePlace, int sentenceCount, int commitmentCount,
                          String filePath, long recordNo, List<ReleaseMarkup.Block> blocks, List<StatementInfo> statements,
                          List<ReleaseMarkup.MentionSpan> mentions) {

    /** The release's row and its text, before the markup. */
    private record Head(String sourceId, String source, String title, String url, LocalDate publishedDate, LocalDate eventDate,
                        String datelinePlace, int sentenceCount, int commitmentCount, String filePath, long recordNo, String body) {
    }

    /** The release, or null when the warehouse has no such release. */
    static ReleasePage load(Connection c, long releaseKey, Integer target) throws SQLException {
        List<Head> found = Rows.list(c, """
                SELECT r.source_id, r.source, r.title, r.url, r.published_date, r.event_date, r.dateline_place, r.sentence_count,
                       r.commitment_count, r.file_path, r.record_no, t.body
                FROM v_release r JOIN v_release_text t USING (release_key) WHERE r.release_key = ?""", List.of(releaseKey),
                rs -> new Head(rs.getString("source_id"), rs.getString("source"), rs.getString("title"), rs.getString("url"),
                        Rows.date(rs, "published_date"), Rows.date(rs, "event_date"), rs.getString("dateline_place"), rs.getInt("sentence_count"),
                        rs.getInt("commitment_count"), rs.getString("file_path"), rs.getLong("record_no"), rs.getString("body")));
        if (found.isEmpty()) {
            return null;
        }
        Head head = found.get(0);
        String body = head.body() == null ? "" : head.body();
        List<StatementInfo> statements = Rows.list(c, "WITH hits AS (" + StatementQueries.byRowId(
                "SELECT rowid FROM fact_sentence WHERE release_key = ? AND class_code <> 'NONE'") + ")" + StatementQueries.withLists("hits")
                + " ORDER BY h.sentence_no", List.of(releaseKey),
                rs -> new StatementInfo(rs.getInt("sentence_no"), rs.getString("class_code"), rs.getString("polarity"), rs.getString("scope"),
                        rs.getString("speaker"), Rows.nullableDouble(rs, "confidence"), rs.getString("cue"), rs.getString("rule"),
                        Rows.strings(rs, "committers"), Rows.strings(rs, "counterparts"), Rows.strings(rs, "topics")));
        java.util.Map<Integer, StatementInfo> bySentence = new java.util.HashMap<>();
        statements.forEach(s -> bySentence.put(s.sentenceNo(), s));
        List<ReleaseMarkup.SentenceSpan> sentences = Rows.list(c,
                "SELECT sentence_no, char_start, char_end FROM fact_sentence WHERE release_key = ? ORDER BY sentence_no", List.of(releaseKey),
                rs -> new ReleaseMarkup.SentenceSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), bySentence.get(rs.getInt(1))));
        List<Object[]> mentionRows = Rows.list(c, """
                SELECT sentence_no, char_start, char_end, kind, surface, normalized, resolved FROM fact_mention
                WHERE release_key = ? ORDER BY char_start""", List.of(releaseKey), rs -> new Object[] {rs.getInt(1),
                        new ReleaseMarkup.MentionSpan(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getBoolean(7))});
        List<ReleaseMarkup.MentionSpan> inBody = mentionRows.stream().filter(m -> (int) m[0] >= 0)
                .map(m -> (ReleaseMarkup.MentionSpan) m[1]).toList();
        List<ReleaseMarkup.MentionSpan> inTitle = mentionRows.stream().filter(m -> (int) m[0] < 0)
                .map(m -> (ReleaseMarkup.MentionSpan) m[1]).toList();
        String titleText = head.title();
        List<ReleaseMarkup.Piece> title = titleText == null ? List.of() : ReleaseMarkup.pieces(titleText, 0, titleText.length(), inTitle);
        return new ReleasePage(releaseKey, head.sourceId(), head.source(), title, SafeLinks.httpOrNull(head.url()), head.url(),
                head.publishedDate(),
                head.eventDate(), head.datelinePlace(), head.sentenceCount(), head.commitmentCount(), head.filePath(), head.recordNo(),
                ReleaseMarkup.blocks(body, sentences, inBody, target), statements, inBody);
    }

    public String titleText() {
        StringBuilder s = new StringBuilder();
        title.forEach(p -> s.append(p.text()));
        return s.isEmpty() ? sourceId : s.toString();
    }

    /** The mentions in the text, by kind, for the legend. */
    public long mentionCount(String kind) {
        return mentions.stream().filter(m -> m.kind().equals(kind)).count();
    }
}
