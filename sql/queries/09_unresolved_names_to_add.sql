-- Question: Which names does the reference data not know yet, most frequent first, so they can be added?
-- Use: From etl_unresolved_name (kind, surface, mentions, releases). add_to says which reference table the name
--      belongs in (a PERSON surface may be a short form of a known person, e.g. "Sherman", and an ORGANIZATION surface
--      may be a place). example_source_id shows one release to check the context. Filter a kind with
--      WHERE u.kind = 'PERSON'.
-- Columns: kind, surface, mentions, releases, add_to, example_source_id
SELECT u.kind,
       u.surface,
       u.mentions,
       u.releases,
       CASE u.kind WHEN 'PERSON'       THEN 'dim_actor'
                   WHEN 'COUNTRY'      THEN 'dim_country'
                   WHEN 'ORGANIZATION' THEN 'dim_organization'
                   ELSE 'date rules' END                             AS add_to,
       (SELECT min(m.source_id) FROM v_mention m
         WHERE NOT m.resolved AND m.kind = u.kind AND m.surface = u.surface) AS example_source_id
FROM etl_unresolved_name u
WHERE 1 = 1
ORDER BY u.mentions DESC, u.releases DESC, u.kind, u.surface
LIMIT 50;
