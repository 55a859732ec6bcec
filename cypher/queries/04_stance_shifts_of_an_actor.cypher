// Question: when did an actor's stance on a subject change? Pairs of consecutive statements (by date)
// of one speaker about the same main subject whose stances differ.
// Parameters: $speaker — speaker key.
// :param {speaker: 'state/russia'}
// Example output:
//   subject | fromDate | fromStance | toDate | toStance | text
//   INF Treaty | 2019-03-04 | neutral | 2025-09-24 | opposes | it will no longer abide by its self-imposed mor…
//   (1 rows)
MATCH (:Person|Organization|State {key: $speaker})-[:SAID]->(s:Statement)-[:ABOUT {main: true}]->(subject)
WHERE s.sortDate IS NOT NULL
WITH subject, s ORDER BY s.sortDate, s.key
WITH subject, collect(s) AS said
UNWIND range(0, size(said) - 2) AS i
WITH subject, said[i] AS before, said[i + 1] AS after
WHERE before.stance <> after.stance
RETURN subject.name AS subject, before.date AS fromDate, before.stance AS fromStance,
       after.date AS toDate, after.stance AS toStance, after.text AS text
ORDER BY toDate, subject;
