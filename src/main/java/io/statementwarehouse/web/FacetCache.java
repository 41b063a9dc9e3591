package io.statementwarehouse.web;

import java.sql.Connection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@link Facets} and {@link StatementCounts} for the warehouse as it is now. The warehouse changes only through runs, and every
 * run leaves a row in etl_run at its end, so the runs' ids and end times (and the number of releases, which grows during a
 * run) tell whether the facets still hold; they may be a little behind during a run, as the pages say nothing more precise
 * of them. The Statements page's counts must be exact: they are remembered for one opening of the database by {@code serve}
 * only ({@link WarehouseAccess#opening()}), during which no other process can write the file, and not at all inside
 * {@code schedule}, whose runs write through the same database.
 */
@Component
@ConditionalOnWebApplication
class FacetCache {

    /** What is cached for one state of the warehouse. */
    record State(Facets facets, StatementCounts counts) {
    }

    private String version;
    private Facets facets;
    private StatementCounts counts;
    private long countsOpening;

    synchronized Facets get(Connection c) throws Exception {
        refresh(c);
        return facets;
    }

    /**
     * The facets and the counts; {@code readOnlyOpening} is the opening of a database no other process can write meanwhile
     * ({@link WarehouseAccess#opening()} in read-only mode), or -1 when counts must not be remembered.
     */
    synchronized State state(Connection c, long readOnlyOpening) throws Exception {
        refresh(c);
        if (counts == null || countsOpening != readOnlyOpening) {
            counts = new StatementCounts(readOnlyOpening >= 0, facets);
            countsOpening = readOnlyOpening;
        }
        return new State(facets, counts);
    }

    private void refresh(Connection c) throws Exception {
        String now = Rows.list(c, "SELECT count(*) || '/' || coalesce(max(run_id), 0) || '/' || coalesce(CAST(max(ended_at) AS VARCHAR), '')"
                + " || '/' || count(*) FILTER (WHERE ended_at IS NULL) || '/' || (SELECT count(*) FROM dim_release) FROM etl_run", List.of(),
                rs -> rs.getString(1)).get(0);
        if (facets == null || !now.equals(version)) {
            facets = Facets.load(c);
            counts = null;
            version = now;
        }
    }
}
