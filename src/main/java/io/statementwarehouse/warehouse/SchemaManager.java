package io.statementwarehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;

import io.statementwarehouse.nlp.Country;
import io.statementwarehouse.nlp.CsvTables;
import io.statementwarehouse.nlp.Organization;
import io.statementwarehouse.nlp.PersonRole;
import io.statementwarehouse.nlp.ReferenceData;

/**
 * Applies the DDL of {@code sql/schema/} at start-up (every script is idempotent, but for the ones that
 * rebuild a table, which run once), records the schema version, and refreshes the reference dimensions (countries, organizations, actors, topics, classes,
 * dates) from the reference data the job runs with.
 */
public final class SchemaManager {

    /** The scripts in order; the number after V is the version they bring. */
    static final List<String> SCRIPTS = List.of("V1__star_schema.sql", "V3__actor_links_and_unresolved_names.sql",
            "V5__no_release_lookup_indexes.sql", "V6__text_stored_once.sql", "V7__copy_dates.sql", "V8__merged_parts.sql",
            "V9__statement_words.sql", "V10__statement_search.sql", "V2__views.sql");
    /** Scripts that rebuild a table: run once, in a transaction, when their version is not recorded yet. */
    static final java.util.Set<String> ONCE = java.util.Set.of("V6__text_stored_once.sql", "V9__statement_words.sql",
            "V10__statement_search.sql");

    /**
     * What a script that runs once fills in from the rows already stored, in its transaction (the DDL alone cannot). Version
     * 9's words are not written any more: version 10 replaces their table (an upgrade from 8 creates it empty, then drops it).
     */
    private static final Map<String, Backfill> BACKFILLS = Map.of("V10__statement_search.sql", StatementSearch::backfill);

    @FunctionalInterface
    private interface Backfill {
        long fill(Connection c) throws SQLException;
    }

    /** The highest version among the scripts (the views, V2, are re-created after every other change). */
    public static int currentVersion() {
        return SCRIPTS.stream().mapToInt(s -> Integer.parseInt(s.substring(1, s.indexOf("__")))).max().orElse(0);
    }

    public void apply(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            // Version 2 had etl_unresolved_name as a view; from version 3 it is a table.
            try (var rs = st.executeQuery("SELECT table_type FROM information_schema.tables WHERE table_name = 'etl_unresolved_name'")) {
                if (rs.next() && "VIEW".equals(rs.getString(1))) {
                    st.execute("DROP VIEW etl_unresolved_name");
                }
            }
            for (String script : SCRIPTS) {
                int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
                if (!ONCE.contains(script)) {
                    apply(c, st, script, version);
                } else if (!recorded(st, version)) {
                    // the tables as they were if it fails: the next start tries again
                    Transactions.inTransaction(c, () -> {
                        apply(c, st, script, version);
                        Backfill backfill = BACKFILLS.get(script);
                        if (backfill != null) {
                            backfill.fill(c);
                        }
                    });
                }
            }
            st.execute("""
                    INSERT INTO dim_date
                    SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), d::DATE, year(d), quarter(d), month(d), day(d),
                           strftime(d, '%Y-%m'), dayname(d), weekofyear(d)
                    FROM range(DATE '1990-01-01', DATE '2061-01-01', INTERVAL 1 DAY) t(d)
                    WHERE NOT EXISTS (SELECT 1 FROM dim_date)""");
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Runs one script and records its version. */
    private static void apply(Connection c, Statement st, String script, int version) throws SQLException {
        for (String sql : statements(read("sql/schema/" + script))) {
            st.execute(sql);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO etl_schema_version (version, description) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setInt(1, version);
            ps.setString(2, script.substring(script.indexOf("__") + 2, script.length() - 4).replace('_', ' '));
            ps.executeUpdate();
        }
    }

    private static boolean recorded(Statement st, int version) throws SQLException {
        try (var rs = st.executeQuery("SELECT count(*) FROM etl_schema_version WHERE version = " + version)) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Replaces the reference dimensions with the reference data in use, in one transaction. */
    public void refreshReferenceDimensions(Connection c, ReferenceData reference) throws SQLException {
        Transactions.inTransaction(c, () -> {
            try (Statement st = c.createStatement()) {
                for (String table : List.of("dim_country", "dim_organization", "dim_actor", "dim_topic", "dim_statement_class")) {
                    st.execute("DELETE FROM " + table);
                }
                DuckDBAppender a = Appenders.open(c, "dim_country");
                for (Country country : reference.countries().values()) {
                    a.beginRow();
                    Appenders.str(a, country.iso3());
                    Appenders.str(a, country.iso2());
                    Appenders.str(a, country.name());
                    Appenders.str(a, country.officialName());
                    Appenders.str(a, country.capital());
                    a.endRow();
                }
                Appenders.finish(a);
                a = Appenders.open(c, "dim_organization");
                for (Organization o : reference.organizations().values()) {
                    a.beginRow();
                    Appenders.str(a, o.code());
                    Appenders.str(a, o.name());
                    Appenders.str(a, o.kind());
                    Appenders.str(a, o.parent());
                    a.endRow();
                }
                Appenders.finish(a);
                a = Appenders.open(c, "dim_actor");
                for (PersonRole r : reference.personRoles()) {
                    a.beginRow();
                    a.append(r.actorKey());
                    Appenders.str(a, r.personId());
                    Appenders.str(a, r.name());
                    Appenders.str(a, r.country());
                    Appenders.str(a, r.role());
                    Appenders.date(a, r.validFrom());
                    Appenders.date(a, r.validTo());
                    a.endRow();
                }
                Appenders.finish(a);
                a = Appenders.open(c, "dim_topic");
                for (Map<String, String> row : CsvTables.read("reference/topics.csv")) {
                    a.beginRow();
                    Appenders.str(a, row.get("topic_code"));
                    Appenders.str(a, row.get("description"));
                    a.endRow();
                }
                Appenders.finish(a);
                a = Appenders.open(c, "dim_statement_class");
                for (Map<String, String> row : CsvTables.read("reference/statement_classes.csv")) {
                    a.beginRow();
                    Appenders.str(a, row.get("class_code"));
                    a.append(Boolean.parseBoolean(row.get("is_commitment")));
                    a.append((byte) Integer.parseInt(row.get("strength")));
                    Appenders.str(a, row.get("description"));
                    a.endRow();
                }
                Appenders.finish(a);
            }
        });
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String read(String resource) {
        try (InputStream in = SchemaManager.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
