-- Question: What are the strongest commitments made between a given pair of countries?
-- Use: The pair is set in the "pair" CTE (default USA and JPN). Either side may be the committer and the other a
--      counterpart or a fellow committer (joint statements). Strongest = PLEDGE before INTENT before APPEAL
--      (dim_statement_class.strength), then higher confidence, then the most recent.
-- Columns: class, confidence, polarity, scope, committers, counterparts, topics, published_date, source, source_id, sentence_text
WITH pair AS (SELECT 'USA' AS a, 'JPN' AS b)
SELECT c.class,
       c.confidence,
       c.polarity,
       c.scope,
       c.committers,
       c.counterparts,
       c.topics,
       c.published_date,
       c.source,
       c.source_id,
       c.sentence_text
FROM v_commitment c
CROSS JOIN pair p
JOIN dim_statement_class k ON k.class_code = c.class
WHERE (list_contains(c.committers, p.a) AND (list_contains(c.counterparts, p.b) OR list_contains(c.committers, p.b)))
   OR (list_contains(c.committers, p.b) AND (list_contains(c.counterparts, p.a) OR list_contains(c.committers, p.a)))
ORDER BY k.strength DESC, c.confidence DESC NULLS LAST, c.published_date DESC, c.source_id, c.sentence_no
LIMIT 50;
