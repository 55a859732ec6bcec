// Question: what has one speaker said about one treaty, in date order, and where was it reported?
// Parameters: $speaker — speaker key (person, organization or state); $treaty — treaty key.
// :param {speaker: 'person/sergey-ryabkov', treaty: 'treaty/new-start'}
// Example output:
//   date | stance | kind | text | articles
//   2024-07-08 | neutral | reported | the Strategic Arms Reduction Treaty (New START)… | [7360ec341c555b63]
//   2025-02-28 | neutral | reported | there was not much time left to decide what wou… | [71198356c830d184]
//   2025-02-28 | neutral | direct | as a gesture of goodwill. | [71198356c830d184]
//   (3 rows)
MATCH (speaker {key: $speaker})-[:SAID]->(s:Statement)-[:ABOUT]->(:Treaty {key: $treaty})
MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH s, collect(DISTINCT a.key) AS articles
RETURN s.date AS date, s.stance AS stance, s.kind AS kind, s.text AS text, articles
ORDER BY s.sortDate, s.key;
