// Question: which articles report a given fact, and with which words? Each evidence entry is
// "articleKey:start-end"; the span is cut out of the article text.
// Parameters: $subject, $object — entity keys; $act — relationship type.
// :param {subject: 'state/russia', act: 'SUSPENDED', object: 'treaty/new-start'}
// Example output:
//   date | article | source | published | words
//   2023-02-21 | db7895ccac6f2994 | null | 2023-02-21 | Russia is suspending its participation in the S…
//   2023-02-21 | 7360ec341c555b63 | TASS | 2024-07-08 | On February 21, 2023, Russian President Vladimi…
//   2023-02 | 71198356c830d184 | Interfax | 2025-02-28 | Russia suspended its participation in the treat…
//   … (7 rows)
MATCH ({key: $subject})-[fact]->({key: $object})
WHERE type(fact) = $act
UNWIND fact.evidence AS evidence
WITH fact, split(evidence, ':')[0] AS articleKey, split(split(evidence, ':')[1], '-') AS span
MATCH (a:Article {key: articleKey})
RETURN fact.date AS date, a.key AS article, a.source AS source, a.published AS published,
       substring(a.text, toInteger(span[0]), toInteger(span[1]) - toInteger(span[0])) AS words
ORDER BY published, article;
