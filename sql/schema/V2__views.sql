-- The public views: analysts and outside checks rely on these names and columns.
-- They change only by adding columns.

CREATE OR REPLACE VIEW v_release AS
SELECT r.source_id,
       r.release_key,
       r.source,
       r.title,
       r.url,
       r.published_date,
       r.event_date,
       r.dateline_place,
       r.sentence_count,
       r.commitment_count,
       r.file_path,
       r.record_no
FROM dim_release r;

CREATE OR REPLACE VIEW v_statement AS
WITH committers AS (
    SELECT release_key, sentence_no, list(party_code ORDER BY party_code) AS committers
    FROM bridge_statement_committer GROUP BY ALL
), counterparts AS (
    SELECT release_key, sentence_no, list(party_code ORDER BY party_code) AS counterparts
    FROM bridge_statement_counterpart GROUP BY ALL
), topics AS (
    SELECT release_key, sentence_no, list(topic_code ORDER BY topic_code) AS topics
    FROM bridge_statement_topic GROUP BY ALL
)
SELECT r.source_id,
       f.release_key,
       f.sentence_no,
       f.char_start,
       f.char_end,
       f.sentence_text,
       f.class_code AS class,
       f.polarity,
       f.scope,
       coalesce(c.committers, []::VARCHAR[]) AS committers,
       coalesce(k.counterparts, []::VARCHAR[]) AS counterparts,
       coalesce(t.topics, []::VARCHAR[]) AS topics,
       f.speaker,
       f.confidence,
       r.published_date,
       r.event_date,
       f.cue,
       f.rule,
       r.source,
       r.title,
       f.speaker_actor_key,
       a.role AS speaker_role
FROM fact_sentence f
JOIN dim_release r USING (release_key)
LEFT JOIN committers c USING (release_key, sentence_no)
LEFT JOIN counterparts k USING (release_key, sentence_no)
LEFT JOIN topics t USING (release_key, sentence_no)
LEFT JOIN dim_actor a ON a.actor_key = f.speaker_actor_key
WHERE f.class_code <> 'NONE';

CREATE OR REPLACE VIEW v_commitment AS
SELECT * FROM v_statement WHERE class IN ('PLEDGE', 'INTENT', 'APPEAL');

CREATE OR REPLACE VIEW v_mention AS
SELECT r.source_id,
       m.release_key,
       m.sentence_no,
       m.char_start,
       m.char_end,
       m.kind,
       m.surface,
       m.normalized,
       m.resolved,
       m.country_iso3,
       a.role AS actor_role,
       m.actor_key
FROM fact_mention m
JOIN dim_release r USING (release_key)
LEFT JOIN dim_actor a USING (actor_key);

-- The text of each release, put back together from its sentences (fact_sentence) and what lies between them
-- (dim_release.layout): exactly the body as read, so that substr(body, char_start + 1, char_end - char_start)
-- gives back a sentence or a mention. Each character is stored once (schema version 6).
CREATE OR REPLACE VIEW v_release_text AS
SELECT r.source_id,
       r.release_key,
       coalesce(string_agg(substr(r.layout, s.prev_end - s.text_before + 1, s.char_start - s.prev_end) || s.sentence_text, ''
                           ORDER BY s.sentence_no)
                || substr(r.layout, max(s.char_end) - CAST(sum(s.char_end - s.char_start) AS BIGINT) + 1), r.layout) AS body
FROM dim_release r
LEFT JOIN (
    SELECT release_key, sentence_no, char_start, char_end, sentence_text,
           coalesce(lag(char_end) OVER (PARTITION BY release_key ORDER BY sentence_no), 0) AS prev_end,
           CAST(coalesce(sum(char_end - char_start) OVER (PARTITION BY release_key ORDER BY sentence_no
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS text_before
    FROM fact_sentence
) s USING (release_key)
GROUP BY r.source_id, r.release_key, r.layout;
