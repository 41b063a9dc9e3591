-- Question: Which topics do commitments cover each year, and how is each year's attention divided among them?
-- Use: One row per year x topic, the 8 leading topics of each year, newest year first (a commitment with two
--      topics counts for both). share_of_year is the topic's share of that year's topic assignments in %.
--      rank_in_year = 1 is the year's leading topic. To follow one topic add
--      WHERE t.topic = 'ENERGY' in the CTE. To see all 16 topics per year change "rank_in_year <= 8" and the LIMIT.
-- Columns: year, topic, rank_in_year, commitments, pledges, share_of_year, releases
WITH y AS (
    SELECT year(c.published_date)                    AS year,
           t.topic,
           count(*)                                  AS commitments,
           count(*) FILTER (WHERE c.class = 'PLEDGE') AS pledges,
           count(DISTINCT c.release_key)             AS releases
    FROM v_commitment c
    CROSS JOIN unnest(c.topics) AS t(topic)
    GROUP BY ALL
)
SELECT year,
       topic,
       row_number() OVER (PARTITION BY year ORDER BY commitments DESC, topic) AS rank_in_year,
       commitments,
       pledges,
       round(100.0 * commitments / sum(commitments) OVER (PARTITION BY year), 1) AS share_of_year,
       releases
FROM y
QUALIFY rank_in_year <= 8
ORDER BY year DESC, rank_in_year
LIMIT 50;
