-- Question: Which persons are mentioned most, by the role they held on the release date?
-- Use: Counts resolved PERSON mentions (v_mention, role looked up for the release date) and, beside them, the
--      statements in which the person is the speaker. rank_in_role = 1 is the most active person of each role.
--      To list one role only add e.g. AND m.actor_role = 'FOREIGN_MINISTER'.
-- Columns: actor_role, rank_in_role, name, country_iso3, mentions, releases, statements_as_speaker
WITH m AS (
    SELECT m.actor_role,
           a.name,
           a.country_iso3,
           count(*)                      AS mentions,
           count(DISTINCT m.release_key) AS releases
    FROM v_mention m
    JOIN dim_actor a ON a.actor_key = m.actor_key
    WHERE m.kind = 'PERSON' AND m.actor_role IS NOT NULL
    GROUP BY ALL
), spk AS (
    SELECT speaker, count(*) AS statements_as_speaker
    FROM v_statement
    WHERE speaker IS NOT NULL
    GROUP BY speaker
)
SELECT m.actor_role,
       row_number() OVER (PARTITION BY m.actor_role ORDER BY m.mentions DESC, m.name) AS rank_in_role,
       m.name,
       m.country_iso3,
       m.mentions,
       m.releases,
       coalesce(spk.statements_as_speaker, 0) AS statements_as_speaker
FROM m
LEFT JOIN spk ON spk.speaker = m.name
QUALIFY rank_in_role <= 5
ORDER BY max(m.mentions) OVER (PARTITION BY m.actor_role) DESC, m.actor_role, rank_in_role
LIMIT 50;
