package io.statementwarehouse.web;

import java.sql.Connection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@link Facets} and {@link StatementCounts} for the warehouse as it is now. The warehouse changes only through runs, and every
 * run leaves a row in etl_run, so the runs' ids and end times (and the number of releases, which grows during a run) tell
 * whether what is cached still holds. While a run is under way (a run without an end) the warehouse can change without
 * these changing: the facets are then a little behind, as the page says nothing more precise of them, but the counts of the
 * Statements page are not remembered (see {@link StatementCounts}).
 */
@Component
@ConditionalOnWebApplication
class FacetCache {

    /** What is cached for one state of the warehouse. */
    record State(Facets facets, StatementCounts counts) {
    }

    private String version;
    private State state;

    synchronized Facets get(Connection c) throws Exception {
        return state(c).facets();
    }

    synchronized State state(Connection c) throws Exception {
        String[] now = Rows.list(c, "SELECT count(*) || '/' || coalesce(max(run_id), 0) || '/' || coalesce(CAST(max(ended_at) AS VARCHAR), '')"
                + " || '/' || count(*) FILTER (WHERE ended_at IS NULL) || '/' || (SELECT count(*) FROM dim_release),"
                + " count(*) FILTER (WHERE ended_at IS NULL) FROM etl_run", List.of(), rs -> new String[] {rs.getString(1), rs.getString(2)}).get(0);
        if (state == null || !now[0].equals(version)) {
            Facets facets = Facets.load(c);
            state = new State(facets, new StatementCounts("0".equals(now[1]), facets));
            version = now[0];
        }
        return state;
    }
}
