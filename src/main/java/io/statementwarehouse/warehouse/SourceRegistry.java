package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.statementwarehouse.nlp.AnalyzedRelease;

/**
 * The sources ({@code dim_source}) stored so far, shared by the writers of one process. A new source is added by one
 * writer at a time: two partitions meeting the same new source at once would otherwise both insert it, and DuckDB
 * would abort one of the two transactions. The set makes the usual case, a known source, a look-up in memory.
 */
public final class SourceRegistry {

    /** Names as spelled: two spellings of one source (same key) are both offered, and the smaller is kept. */
    private final Set<String> stored = new HashSet<>();

    /** Adds the sources of these releases that are not stored yet, each in its own short transaction. */
    public synchronized void store(Connection c, List<AnalyzedRelease> releases) throws SQLException {
        Map<String, AnalyzedRelease> missing = new LinkedHashMap<>();
        for (AnalyzedRelease a : releases) {
            if (!stored.contains(a.release().source())) {
                missing.putIfAbsent(a.release().source(), a);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dim_source (source_key, name, home_country) VALUES (?, ?, ?) "
                        + "ON CONFLICT (source_key) DO UPDATE SET name = least(dim_source.name, excluded.name)")) {
            for (Map.Entry<String, AnalyzedRelease> e : missing.entrySet()) {
                ps.setLong(1, ChunkWriter.sourceKey(e.getKey()));
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue().sourceHome());
                ps.executeUpdate();
                stored.add(e.getKey());
            }
        }
    }
}
