// Question: which facts do the articles date incompatibly? The same act between the same two nodes
// reported with dates that cannot both be right ("2023" and "2023-02-21" agree at different
// precisions; "2010-04-08" and "2011-02-05" do not): a lead to check the sources, or the extraction.
// Parameters: none.
// Example output:
//   subject | act | object | dates | reports
//   New START | ENTERED_INTO_FORCE | New START | [2011-02-05, 2010, 2010-04-08, 2011-02] | 7
//   Russia | SIGNED | New START | [2010-04-08, 2024-12-06, 2010] | 5
//   Treaty on Open Skies | ENTERED_INTO_FORCE | Treaty on Open Skies | [1992-03-24, 1992, 2002-01-01] | 3
//   … (4 rows)
MATCH (subject)-[act]->(object)
WHERE act.evidence IS NOT NULL AND act.date IS NOT NULL
WITH subject, type(act) AS act, object, collect(DISTINCT act.date) AS dates, collect(act.articles) AS articleLists
WHERE any(d1 IN dates WHERE any(d2 IN dates WHERE NOT d1 STARTS WITH d2 AND NOT d2 STARTS WITH d1))
RETURN subject.name AS subject, act, object.name AS object, dates,
       size(reduce(all = [], l IN articleLists | all + l)) AS reports
ORDER BY subject, act, object;
