-- Question: How many commitments each year are new, and how many repeat something already said in an earlier release?
-- Use: Two simple tests, each against EARLIER releases only (a repeat inside the same release does not count):
--      repeated_text = the same sentence after normalization (lower case, punctuation and extra spaces removed)
--      appeared in an earlier release (earlier date, or same date and lower release_key), whatever the gap.
--      repeated_theme = an earlier release within the 30 days before had a commitment with the same committer, the
--      same cue (lower-cased) and the same topic. new = neither. Change the 30 in "theme_gap" to widen the window.
--      For a cut by class, add class after year(published_date) in the final SELECT (GROUP BY ALL does the rest).
-- Columns: year, commitments, repeated_text, repeated_theme, repeated_either, new, new_share
WITH c AS (
    SELECT release_key, sentence_no, class, published_date, committers, topics, lower(trim(cue)) AS cue,
           trim(regexp_replace(regexp_replace(lower(sentence_text), '[^a-z0-9 ]', ' ', 'g'), '\s+', ' ', 'g')) AS norm
    FROM v_commitment
), text_first AS (
    SELECT norm, arg_min(release_key, (published_date, release_key)) AS first_release,
           min((published_date, release_key)) AS first_seen
    FROM c GROUP BY norm
), theme AS (                      -- one row per (committer, cue, topic) and release
    SELECT DISTINCT u.committer, c.cue, t.topic, c.release_key, c.published_date
    FROM c
    CROSS JOIN unnest(c.committers) AS u(committer)
    CROSS JOIN unnest(c.topics)     AS t(topic)
    WHERE c.cue IS NOT NULL
), theme_gap AS (
    SELECT committer, cue, topic, release_key,
           published_date - lag(published_date) OVER (PARTITION BY committer, cue, topic
                                                      ORDER BY published_date, release_key) <= 30 AS repeated
    FROM theme
), flags AS (
    SELECT c.release_key, c.sentence_no, c.class, c.published_date,
           tf.first_release <> c.release_key AS repeated_text,
           coalesce((SELECT bool_or(g.repeated) FROM theme_gap g
                      CROSS JOIN unnest(c.committers) AS u(committer)
                      CROSS JOIN unnest(c.topics) AS t(topic)
                      WHERE g.release_key = c.release_key AND g.committer = u.committer
                        AND g.cue = c.cue AND g.topic = t.topic), false) AS repeated_theme
    FROM c
    JOIN text_first tf USING (norm)
)
SELECT year(published_date)                                        AS year,
       count(*)                                                    AS commitments,
       count(*) FILTER (WHERE repeated_text)                       AS repeated_text,
       count(*) FILTER (WHERE repeated_theme)                      AS repeated_theme,
       count(*) FILTER (WHERE repeated_text OR repeated_theme)     AS repeated_either,
       count(*) FILTER (WHERE NOT (repeated_text OR repeated_theme)) AS new,
       round(100.0 * count(*) FILTER (WHERE NOT (repeated_text OR repeated_theme)) / count(*), 1) AS new_share
FROM flags
GROUP BY ALL
ORDER BY year;
