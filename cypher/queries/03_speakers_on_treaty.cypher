// Question: who speaks about a treaty, how often, with which stances, and between which dates?
// Parameters: $treaty — treaty key.
// :param {treaty: 'treaty/new-start'}
// Example output:
//   speaker | label | statements | stances | first | last
//   Russian Foreign Ministry | Organization | 5 | [opposes, supports, conditional] | 2021-02-03 | 2026-02-05
//   Dmitry Peskov | Person | 4 | [opposes, neutral] | 2025-09-22 | 2026-02-05
//   Sergey Ryabkov | Person | 3 | [neutral] | 2024-07-08 | 2025-02-28
//   … (13 rows)
MATCH (speaker)-[:SAID]->(s:Statement)-[:ABOUT]->(:Treaty {key: $treaty})
RETURN speaker.name AS speaker, head(labels(speaker)) AS label, count(s) AS statements,
       collect(DISTINCT s.stance) AS stances, min(s.date) AS first, max(s.date) AS last
ORDER BY statements DESC, speaker;
