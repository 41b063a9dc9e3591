-- Question: Who demands what of whom: which side calls on which counterparts, how often, and on which topics?
-- Use: The demanding side is the speaker's country (dim_actor, role valid on the release date) when a known
--      speaker is named, otherwise the source's home country (dim_source.home_country, else USA for the White House
--      and State Department, CHN for Xinhua). DEMAND sentences without a counterpart are left out. top_topics lists
--      the three most frequent topics with their counts. To see one addressee add e.g. AND k.counterpart = 'RUS'
--      to the WHERE clause of "edges".
-- Columns: demander, counterpart, demands, releases, top_topics, last_date, example_source_id, example_sentence
WITH d AS (
    SELECT s.*,
           coalesce(
               (SELECT any_value(a.country_iso3) FROM dim_actor a
                 WHERE a.name = s.speaker
                   AND (a.valid_from IS NULL OR a.valid_from <= s.published_date)
                   AND (a.valid_to   IS NULL OR a.valid_to   >= s.published_date)),
               src.home_country,
               CASE WHEN s.source IN ('White House', 'U.S. Department of State') THEN 'USA'
                    WHEN s.source = 'Xinhua' THEN 'CHN' END,
               s.source) AS demander
    FROM v_statement s
    LEFT JOIN dim_source src ON src.name = s.source
    WHERE s.class = 'DEMAND'
), edges AS (
    SELECT d.*, k.counterpart
    FROM d
    CROSS JOIN unnest(d.counterparts) AS k(counterpart)
    WHERE d.demander IS DISTINCT FROM k.counterpart
), topic_counts AS (
    SELECT demander, counterpart, t.topic, count(*) AS n
    FROM edges
    CROSS JOIN unnest(edges.topics) AS t(topic)
    GROUP BY ALL
), top_topics AS (
    SELECT demander, counterpart,
           string_agg(topic || ' (' || n || ')', ', ' ORDER BY n DESC, topic) AS top_topics
    FROM (SELECT *, row_number() OVER (PARTITION BY demander, counterpart ORDER BY n DESC, topic) AS rn
          FROM topic_counts)
    WHERE rn <= 3
    GROUP BY ALL
)
SELECT e.demander,
       e.counterpart,
       count(*)                                      AS demands,
       count(DISTINCT e.release_key)                 AS releases,
       any_value(tt.top_topics)                      AS top_topics,
       max(e.published_date)                         AS last_date,
       arg_max(e.source_id, (e.published_date, e.confidence, e.source_id, -e.sentence_no))     AS example_source_id,
       arg_max(e.sentence_text, (e.published_date, e.confidence, e.source_id, -e.sentence_no)) AS example_sentence
FROM edges e
LEFT JOIN top_topics tt USING (demander, counterpart)
GROUP BY e.demander, e.counterpart
ORDER BY demands DESC, e.demander, e.counterpart
LIMIT 50;
