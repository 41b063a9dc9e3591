-- Question: How clean was each ETL run: how many releases it loaded, rejected and de-duplicated, and how fast?
-- Use: One row per run, newest first. reject_rate and duplicate_rate are percentages of the records read
--      (loaded + rejected + duplicates). rejects_by_reason lists etl_reject reasons with counts ('' = no rejects).
--      duplicates_logged counts the rows of etl_duplicate for the run and should equal duplicates.
-- Columns: run_id, run_date, status, input, files, files_skipped, releases, sentences, commitments, demands, rejects, duplicates, duplicates_logged, reject_rate, duplicate_rate, seconds, releases_per_second, rejects_by_reason
WITH rej AS (
    SELECT run_id, string_agg(reason || ' (' || n || ')', ', ' ORDER BY n DESC, reason) AS rejects_by_reason
    FROM (SELECT run_id, reason, count(*) AS n FROM etl_reject GROUP BY ALL)
    GROUP BY run_id
), dup AS (
    SELECT run_id, count(*) AS duplicates_logged FROM etl_duplicate GROUP BY run_id
)
SELECT r.run_id,
       r.run_date,
       r.status,
       r.input,
       r.files,
       r.files_skipped,
       r.releases,
       r.sentences,
       r.pledges + r.intents + r.appeals                                             AS commitments,
       r.demands,
       r.rejects,
       r.duplicates,
       coalesce(dup.duplicates_logged, 0)                                            AS duplicates_logged,
       round(100.0 * r.rejects    / nullif(r.releases + r.rejects + r.duplicates, 0), 2) AS reject_rate,
       round(100.0 * r.duplicates / nullif(r.releases + r.rejects + r.duplicates, 0), 2) AS duplicate_rate,
       r.seconds,
       round(r.releases / nullif(r.seconds, 0), 1)                                   AS releases_per_second,
       coalesce(rej.rejects_by_reason, '')                                           AS rejects_by_reason
FROM etl_run r
LEFT JOIN rej USING (run_id)
LEFT JOIN dup USING (run_id)
ORDER BY r.run_id DESC
LIMIT 50;
