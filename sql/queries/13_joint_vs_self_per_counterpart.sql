-- Question: Towards which counterparts are commitments made jointly with them rather than unilaterally?
-- Use: One row per counterpart (country or organization) with at least 20 commitments. joint = scope JOINT (the
--      sides undertake together), self = scope SELF (one side undertakes towards the counterpart). A high joint_share
--      means partnership language and a low one means one-sided undertakings. Change HAVING for smaller counterparts.
-- Columns: counterpart, counterpart_name, commitments, joint, self, joint_share, pledges
SELECT k.counterpart,
       coalesce(dc.name, dor.name, k.counterpart)        AS counterpart_name,
       count(*)                                          AS commitments,
       count(*) FILTER (WHERE c.scope = 'JOINT')         AS joint,
       count(*) FILTER (WHERE c.scope = 'SELF')          AS self,
       round(100.0 * count(*) FILTER (WHERE c.scope = 'JOINT') / count(*), 1) AS joint_share,
       count(*) FILTER (WHERE c.class = 'PLEDGE')        AS pledges
FROM v_commitment c
CROSS JOIN unnest(c.counterparts) AS k(counterpart)
LEFT JOIN dim_country dc       ON dc.iso3 = k.counterpart
LEFT JOIN dim_organization dor ON dor.code = k.counterpart
GROUP BY ALL
HAVING count(*) >= 20
ORDER BY commitments DESC, k.counterpart
LIMIT 50;
