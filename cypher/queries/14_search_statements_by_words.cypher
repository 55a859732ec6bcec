// Question: which statements use given words? Full-text search (Lucene syntax: phrases in quotes,
// AND/OR, wildcards) over the statement_text index, best matches first.
// Parameters: $words — a Lucene query.
// :param {words: 'dialogue'}
// Example output:
//   speaker | date | stance | text | score
//   Sergey Lavrov | 2019-03-04 | supports | the door to dialogue remained open | 2.05
//   Sergey Ryabkov | 2024-07-08 | opposes | Moscow cannot hold dialogue on arms control wit… | 1.47
//   Kremlin | 2021-02-03 | supports | Moscow was ready to start a broad dialogue with… | 1.28
//   … (9 rows)
CALL db.index.fulltext.queryNodes('statement_text', $words) YIELD node, score
MATCH (speaker)-[:SAID]->(node)
RETURN speaker.name AS speaker, node.date AS date, node.stance AS stance, node.text AS text, round(score, 2) AS score
ORDER BY score DESC, date
LIMIT 20;
