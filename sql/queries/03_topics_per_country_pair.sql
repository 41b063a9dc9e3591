-- Question: Which topics do commitments between each committer and counterpart pair cover?
-- Use: One row per committer x counterpart x topic, largest first. Counterparts include organizations and
--      initiatives (NATO, BRI ...). To look at one pair add e.g. AND u.committer = 'USA' AND k.counterpart = 'UKR'.
-- Columns: committer, counterpart, topic, commitments, releases, first_date, last_date
SELECT u.committer,
       k.counterpart,
       t.topic,
       count(*)                       AS commitments,
       count(DISTINCT c.release_key)  AS releases,
       min(c.published_date)          AS first_date,
       max(c.published_date)          AS last_date
FROM v_commitment c
CROSS JOIN unnest(c.committers)   AS u(committer)
CROSS JOIN unnest(c.counterparts) AS k(counterpart)
CROSS JOIN unnest(c.topics)       AS t(topic)
WHERE u.committer <> k.counterpart
GROUP BY ALL
ORDER BY commitments DESC, committer, counterpart, topic
LIMIT 50;
