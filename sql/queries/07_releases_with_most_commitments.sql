-- Question: Which releases contain the most commitments?
-- Use: One row per release, largest commitment_count first (ties: most pledges, then newest). Open a release
--      with: SELECT * FROM v_commitment WHERE source_id = '<source_id>'.
-- Columns: source_id, source, published_date, title, sentence_count, commitment_count, pledges, intents, appeals, commitment_share
SELECT r.source_id,
       r.source,
       r.published_date,
       r.title,
       r.sentence_count,
       r.commitment_count,
       count(*) FILTER (WHERE c.class = 'PLEDGE') AS pledges,
       count(*) FILTER (WHERE c.class = 'INTENT') AS intents,
       count(*) FILTER (WHERE c.class = 'APPEAL') AS appeals,
       round(100.0 * r.commitment_count / nullif(r.sentence_count, 0), 1) AS commitment_share
FROM v_release r
LEFT JOIN v_commitment c ON c.release_key = r.release_key
GROUP BY r.source_id, r.source, r.published_date, r.title, r.sentence_count, r.commitment_count
ORDER BY r.commitment_count DESC, pledges DESC, r.published_date DESC, r.source_id
LIMIT 50;
