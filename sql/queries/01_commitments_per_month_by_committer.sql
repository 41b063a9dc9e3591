-- Question: How many commitments does each committer (country or organization) make per month, by class?
-- Use: One row per month x committer x class, most recent month first. A JOINT commitment counts once for each
--      of its committers. To follow one side, add e.g. AND committer = 'CHN' to the WHERE clause.
--      To widen the window, change the LIMIT.
-- Columns: year_month, committer, committer_name, class, commitments, releases
SELECT strftime(c.published_date, '%Y-%m')      AS year_month,
       u.committer,
       coalesce(dc.name, u.committer)          AS committer_name,
       c.class,
       count(*)                                 AS commitments,
       count(DISTINCT c.release_key)            AS releases
FROM v_commitment c
CROSS JOIN unnest(c.committers) AS u(committer)
LEFT JOIN dim_country dc ON dc.iso3 = u.committer
WHERE 1 = 1
GROUP BY ALL
ORDER BY year_month DESC, commitments DESC, committer, class
LIMIT 50;
