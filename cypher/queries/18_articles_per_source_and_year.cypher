// Question: what does the corpus consist of? Articles per source and year of publication, with the
// number of statements and facts drawn from them.
// Parameters: none.
// Example output:
//   source | year | articles | statements | facts
//   (unknown) | 2020 | 1 | 5 | 8
//   (unknown) | 2021 | 1 | 4 | 10
//   (unknown) | 2023 | 1 | 10 | 5
//   … (22 rows)
MATCH (a:Article)
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
WITH a, count(s) AS statements
RETURN coalesce(a.source, '(unknown)') AS source, a.published.year AS year, count(a) AS articles,
       sum(statements) AS statements,
       sum(COUNT { MATCH (a)-[:MENTIONS]->()-[f]->() WHERE a.key IN f.articles RETURN DISTINCT f }) AS facts
ORDER BY source, year;
