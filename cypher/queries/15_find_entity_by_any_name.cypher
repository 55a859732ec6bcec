// Question: which entity does a name refer to? Searches canonical names and every alias (capitals,
// adjectives, abbreviations) through the entity_names full-text index; use the key in other queries.
// Parameters: $name — a name or part of one (Lucene syntax; add ~ for fuzzy matching).
// :param {name: 'Kremlin'}
// Example output:
//   key | label | name | aliases | score
//   organization/kremlin | Organization | Kremlin | [the Kremlin, The Kremlin] | 4.73
//   (1 rows)
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node, score
RETURN node.key AS key, head(labels(node)) AS label, node.name AS name, node.aliases AS aliases,
       round(score, 2) AS score
ORDER BY score DESC, key
LIMIT 10;
