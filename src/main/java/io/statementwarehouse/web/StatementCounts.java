package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Statements page learns about one state of the warehouse and keeps until it changes ({@link FacetCache} tells
 * when): how many statements each filter selected, and how many statements each day and each confidence has, by class.
 *
 * <p>A filter's count is remembered only when nothing can change the warehouse meanwhile ({@code settled}: {@code serve}
 * holds the file read-only, and these counts are forgotten when it lets go of it), so a remembered count is the count a
 * query would give. The days' and confidences' counts only choose how far the page sorted by them looks (see
 * {@link StatementQueries.Selection}); that page checks that it found enough rows, so they need not be exact.
 */
final class StatementCounts {

    /** Beyond this many filters remembered, the memory starts again (a bound on what one state can hold). */
    static final int MAX_REMEMBERED = 10_000;

    /**
     * How the Statements page pages newest first ({@link StatementQueries.Selection}): the last days are to hold
     * {@code lookBack} times the rows the page needs (as selective as the filter's count says), and are given up for the
     * whole table once they would hold {@code maxShare} of all statements; a filter on bridges whose choices leave fewer
     * than {@code few} statements is counted with its page instead.
     */
    record Paging(double lookBack, double maxShare, long few) {
        static final Paging DEFAULT = new Paging(2.0, 0.5, 20_000);
    }

    private final boolean settled;
    private final Facets facets;
    private final Paging paging;
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    /** By column: the days, the confidences. */
    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

    StatementCounts(boolean settled, Facets facets) {
        this(settled, facets, Paging.DEFAULT);
    }

    StatementCounts(boolean settled, Facets facets, Paging paging) {
        this.settled = settled;
        this.facets = facets;
        this.paging = paging;
    }

    Paging paging() {
        return paging;
    }

    /** Counts that remember nothing, for a connection outside the web application (tests, measurements). */
    static StatementCounts none() {
        return new StatementCounts(false, null);
    }

    OptionalLong remembered(String sql, List<Object> params) {
        Long n = settled ? counts.get(key(sql, params)) : null;
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    void remember(String sql, List<Object> params, long n) {
        if (settled) {
            if (counts.size() >= MAX_REMEMBERED) {
                counts.clear();
            }
            counts.put(key(sql, params), n);
        }
    }

    /** The count of the query {@code sql} (a SELECT count(*)), remembered or computed (and then remembered). */
    long count(Connection c, String sql, List<Object> params) throws SQLException {
        OptionalLong known = remembered(sql, params);
        if (known.isPresent()) {
            return known.getAsLong();
        }
        long n = Rows.count(c, sql, params);
        remember(sql, params, n);
        return n;
    }

    /**
     * How many statements the filter's committer, counterpart and topic leave at most (the smallest of their counts in
     * the filters' choices), or -1 when the filter has none of them or the choices are not known. An estimate: the
     * choices count bridge rows.
     */
    long bridgeEstimate(StatementFilter f) {
        if (facets == null) {
            return -1;
        }
        long least = Long.MAX_VALUE;
        least = Math.min(least, count(facets.committers(), f.committerOrNull()));
        least = Math.min(least, count(facets.counterparts(), f.counterpartOrNull()));
        least = Math.min(least, count(facets.topics(), f.topicOrNull()));
        return least == Long.MAX_VALUE ? -1 : least;
    }

    /**
     * Whether the filter's bridges name at most a tenth of the statements (by {@link #bridgeEstimate}), so that they are
     * worth looking for by release first ({@link StatementQueries#where(StatementFilter, boolean)}).
     */
    boolean fewReleases(StatementFilter f) {
        long estimate = bridgeEstimate(f);
        return estimate >= 0 && estimate * 10 <= facets.statements();
    }

    private static long count(List<Facets.Choice> choices, String code) {
        if (code == null) {
            return Long.MAX_VALUE;
        }
        return choices.stream().filter(ch -> ch.code().equals(code)).mapToLong(Facets.Choice::count).findFirst().orElse(0);
    }

    /** Statements per publication day (date key yyyymmdd) and class. */
    Histogram days(Connection c) throws SQLException {
        return histogram(c, "published_date_key");
    }

    /** Statements per confidence and class. */
    Histogram confidences(Connection c) throws SQLException {
        return histogram(c, "confidence");
    }

    private Histogram histogram(Connection c, String column) throws SQLException {
        Histogram h = histograms.get(column);
        if (h == null) {
            h = Histogram.load(c, column);
            histograms.put(column, h);
        }
        return h;
    }

    private static String key(String sql, List<Object> params) {
        return sql + '\u0000' + params;
    }

    /**
     * Statements per value of a fact_sentence column (ascending; nulls left out) and class ({@link StatementFilter#CLASSES}),
     * and in all: per day ({@code published_date_key}) or per confidence.
     */
    record Histogram(double[] keys, long[][] byClass, long[] all) {

        static Histogram load(Connection c, String column) throws SQLException {
            List<double[]> rows = new ArrayList<>();
            Rows.list(c, "SELECT " + column + ", class_code, count(*) FROM fact_sentence WHERE class_code <> 'NONE' AND " + column
                    + " IS NOT NULL GROUP BY ALL ORDER BY 1", List.of(),
                    rs -> rows.add(new double[] {rs.getDouble(1), StatementFilter.CLASSES.indexOf(rs.getString(2)), rs.getLong(3)}));
            int n = (int) rows.stream().mapToDouble(r -> r[0]).distinct().count();
            double[] keys = new double[n];
            long[][] byClass = new long[StatementFilter.CLASSES.size()][n];
            long[] all = new long[n];
            int i = -1;
            for (double[] r : rows) {
                if (i < 0 || keys[i] != r[0]) {
                    keys[++i] = r[0];
                }
                if (r[1] >= 0) {
                    byClass[(int) r[1]][i] += (long) r[2];
                }
                all[i] += (long) r[2];
            }
            return new Histogram(keys, byClass, all);
        }

        private long at(int i, String cls) {
            return cls == null ? all[i] : byClass[StatementFilter.CLASSES.indexOf(cls)][i];
        }

        /** Statements (of the class, if not null) whose value is from {@code from} to {@code to} (null: no bound). */
        long total(String cls, Double from, Double to) {
            long n = 0;
            for (int i = 0; i < keys.length; i++) {
                if ((from == null || keys[i] >= from) && (to == null || keys[i] <= to)) {
                    n += at(i, cls);
                }
            }
            return n;
        }

        /**
         * The value, within [from, to], from which the highest (or, {@code ascending}, the lowest) statements of the class
         * number at least {@code wanted}; null when the whole range has fewer.
         */
        Double bound(boolean ascending, String cls, Double from, Double to, long wanted) {
            long n = 0;
            for (int j = 0; j < keys.length; j++) {
                int i = ascending ? j : keys.length - 1 - j;
                if ((from == null || keys[i] >= from) && (to == null || keys[i] <= to)) {
                    n += at(i, cls);
                    if (n >= wanted) {
                        return keys[i];
                    }
                }
            }
            return null;
        }
    }
}
