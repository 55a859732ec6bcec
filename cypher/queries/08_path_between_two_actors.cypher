// Question: how are two actors connected? The shortest chains through statements, treaties, acts
// and people (articles left out: every entity they mention would be one hop apart).
// Parameters: $from, $to — entity keys.
// :param {from: 'person/sergey-ryabkov', to: 'state/philippines'}
// Example output:
//   hops | chain | via
//   3 | [Sergey Ryabkov, Moscow could deploy intermedia… | [SAID, ABOUT, DEPLOYED_IN]
//   3 | [Sergey Ryabkov, Moscow was "not ruling out" de… | [SAID, ABOUT, DEPLOYED_IN]
//   3 | [Sergey Ryabkov, Russia has not yet deployed ne… | [SAID, ABOUT, DEPLOYED_IN]
//   … (4 rows)
MATCH (a {key: $from}), (b {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Article)
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, left(n.text, 40))] AS chain,
       [r IN relationships(p) | type(r)] AS via
ORDER BY hops, chain
LIMIT 10;
