// Question: how are statements about each treaty split between supports, opposes, conditional and
// neutral stances?
// Parameters: none.
// Example output:
//   treaty | statements | supports | opposes | conditional | neutral
//   New START | 27 | 5 | 6 | 2 | 14
//   CTBT | 14 | 2 | 5 | 1 | 6
//   INF Treaty | 6 | 1 | 3 | 0 | 2
//   … (7 rows)
MATCH (s:Statement)-[:ABOUT]->(t:Treaty)
RETURN t.name AS treaty, count(s) AS statements,
       count(CASE s.stance WHEN 'supports' THEN 1 END) AS supports,
       count(CASE s.stance WHEN 'opposes' THEN 1 END) AS opposes,
       count(CASE s.stance WHEN 'conditional' THEN 1 END) AS conditional,
       count(CASE s.stance WHEN 'neutral' THEN 1 END) AS neutral
ORDER BY statements DESC, treaty;
