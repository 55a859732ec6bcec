// Question: how are two actors connected? The shortest chains through statements, treaties, acts
// and people (articles left out: every entity they mention would be one hop apart).
// Parameters: $from, $to — entity keys.
// :param {from: 'person/sergey-ryabkov', to: 'state/philippines'}
// Example output:
//   hops | chain | via
//   2 | [Sergey Ryabkov, First the Philippines, now Japan, next y…, Philippines] | [SAID, ABOUT]
//   (samples plus the test corpus; with the two samples alone the chains run through a deployment:
//   3 | [Sergey Ryabkov, Moscow could deploy intermedia…, …] | [SAID, ABOUT, DEPLOYED_IN])
MATCH (a {key: $from}), (b {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Article)
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, left(n.text, 40))] AS chain,
       [r IN relationships(p) | type(r)] AS via
ORDER BY hops, chain
LIMIT 10;
