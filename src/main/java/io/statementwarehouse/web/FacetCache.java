package io.statementwarehouse.web;

import java.sql.Connection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@link Facets} for the warehouse as it is now. The warehouse changes only through runs, and every run leaves a row in
 * etl_run, so the runs' ids and end times (and the number of releases, which grows during a run) tell whether the cached facets
 * still hold.
 */
@Component
@ConditionalOnWebApplication
class FacetCache {

    private String version;
    private Facets facets;

    synchronized Facets get(Connection c) throws Exception {
        String now = Rows.list(c, "SELECT count(*) || '/' || coalesce(max(run_id), 0) || '/' || coalesce(CAST(max(ended_at) AS VARCHAR), '')"
                + " || '/' || count(*) FILTER (WHERE ended_at IS NULL) || '/' || (SELECT count(*) FROM dim_release) FROM etl_run", List.of(), rs -> rs.getString(1)).get(0);
        if (facets == null || !now.equals(version)) {
            facets = Facets.load(c);
            version = now;
        }
        return facets;
    }
}
