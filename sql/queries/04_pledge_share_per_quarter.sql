-- Question: Is the language firming or softening: what share of commitments are PLEDGEs, quarter by quarter?
-- Use: pledge_share rising = firmer language (more pledges relative to intents and appeals). change_vs_prev is the
--      change in percentage points against the previous quarter. To follow one committer, add
--      AND list_contains(committers, 'CHN') to the WHERE clause.
-- Columns: quarter, commitments, pledges, intents, appeals, pledge_share, change_vs_prev
WITH q AS (
    SELECT strftime(published_date, '%Y') || '-Q' || quarter(published_date) AS quarter,
           count(*)                                   AS commitments,
           count(*) FILTER (WHERE class = 'PLEDGE')   AS pledges,
           count(*) FILTER (WHERE class = 'INTENT')   AS intents,
           count(*) FILTER (WHERE class = 'APPEAL')   AS appeals
    FROM v_commitment
    WHERE 1 = 1
    GROUP BY 1
)
SELECT quarter,
       commitments,
       pledges,
       intents,
       appeals,
       round(100.0 * pledges / commitments, 1)                                  AS pledge_share,
       round(100.0 * pledges / commitments
             - lag(100.0 * pledges / commitments) OVER (ORDER BY quarter), 1)   AS change_vs_prev
FROM q
ORDER BY quarter
LIMIT 50;
