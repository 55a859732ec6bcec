// Question: what happened to a treaty, in order: every dated act by any state, and its own
// lifecycle events (entry into force, expiry), with how many articles report each.
// Parameters: $treaty — treaty key.
// :param {treaty: 'treaty/new-start'}
// Example output:
//   date | actor | act | reportedBy
//   2010 | (treaty) | ENTERED_INTO_FORCE | 2
//   2010 | Russia | SIGNED | 1
//   2010-04-08 | (treaty) | ENTERED_INTO_FORCE | 2
//   … (22 rows)
MATCH (subject)-[fact]->(t:Treaty {key: $treaty})
WHERE fact.evidence IS NOT NULL
RETURN fact.date AS date, CASE WHEN subject = t THEN '(treaty)' ELSE subject.name END AS actor, type(fact) AS act,
       size(fact.articles) AS reportedBy
ORDER BY fact.sortDate, act, actor;
