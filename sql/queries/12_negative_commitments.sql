-- Question: What do the sides promise NOT to do (commitments with negative polarity)?
-- Use: The newest negative-polarity commitments first, pledges before intents and appeals on the same day.
--      To see one side, add AND list_contains(committers, 'USA'). For counts instead of sentences, group by
--      committers and cue.
-- Columns: published_date, class, scope, committers, counterparts, topics, cue, confidence, source_id, sentence_text
SELECT c.published_date,
       c.class,
       c.scope,
       c.committers,
       c.counterparts,
       c.topics,
       c.cue,
       c.confidence,
       c.source_id,
       c.sentence_text
FROM v_commitment c
JOIN dim_statement_class k ON k.class_code = c.class
WHERE c.polarity = 'NEGATIVE'
ORDER BY c.published_date DESC, k.strength DESC, c.confidence DESC NULLS LAST, c.source_id, c.sentence_no
LIMIT 50;
