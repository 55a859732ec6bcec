// Question: which statements were carried by the most articles? (The same words by the same speaker
// are one Statement with one REPORTED_IN per article.)
// Parameters: $limit — how many.
// :param {limit: 10}
// Example output:
//   speaker | text | stance | articles | sources
//   United States | accusing Russia of violations | opposes | 2 | [AP, AFP]
//   Sergey Ryabkov | We do not have the foundation right now and we … | opposes | 2 | [TASS]
//   Sergey Ryabkov | We proposed a simple and honest formula: a year… | neutral | 1 | [TASS]
//   United Nations | I call on the Russian Federation and the United… | supports | 1 | [TASS]
//   … (10 rows; which lead depends on the articles ingested)
MATCH (speaker)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a:Article)
WITH speaker, s, count(DISTINCT a) AS articles, collect(DISTINCT a.source) AS sources
RETURN speaker.name AS speaker, s.text AS text, s.stance AS stance, articles, sources
ORDER BY articles DESC, s.sortDate DESC, s.key
LIMIT $limit;
