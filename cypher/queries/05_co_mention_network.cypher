// Question: which actors (people, states, organizations) are mentioned together, and in how many
// articles? An edge list for a co-mention network (import into Gephi as a weighted graph).
// Parameters: $minArticles — the fewest shared articles for a pair to count.
// :param {minArticles: 3}
// Example output:
//   actor | coMentioned | articles
//   Russia | United States | 33
//   Vladimir Putin | Russia | 18
//   Vladimir Putin | United States | 17
//   … (158 rows)
MATCH (a:Article)-[:MENTIONS]->(x:Person|State|Organization)
MATCH (a)-[:MENTIONS]->(y:Person|State|Organization)
WHERE x.key < y.key
WITH x, y, count(DISTINCT a) AS articles
WHERE articles >= $minArticles
RETURN x.name AS actor, y.name AS coMentioned, articles
ORDER BY articles DESC, actor, coMentioned;
