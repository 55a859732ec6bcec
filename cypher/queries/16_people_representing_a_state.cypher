// Question: who speaks for a state — its officials and organizations' people — with their roles and
// how many statements each made?
// Parameters: $state — state key.
// :param {state: 'state/russia'}
// Example output:
//   person | roles | represents | statements
//   Sergey Ryabkov | [Deputy Foreign Minister] | [Russia, Russian Foreign Ministry] | 68
//   Vladimir Putin | [President] | [Russia] | …
//   Dmitry Peskov | [Kremlin Spokesman] | [Russia, Kremlin] | …
//   … (samples plus the test corpus)
MATCH (p:Person)-[rep:REPRESENTS]->(x)
WHERE x.key = $state OR (x:Organization AND EXISTS { (x)-[:PART_OF]->(:State {key: $state}) })
OPTIONAL MATCH (p)-[:SAID]->(s:Statement)
RETURN p.name AS person, collect(DISTINCT rep.role) AS roles, collect(DISTINCT x.name) AS represents,
       count(DISTINCT s) AS statements
ORDER BY statements DESC, person;
