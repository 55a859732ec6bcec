// Question: which facts do the articles date incompatibly? The same act between the same two nodes
// reported with dates that cannot both be right ("2023" and "2023-02-21" agree at different
// precisions; "2010-04-08" and "2011-02-05" do not): a lead to check the sources, or the extraction.
// Parameters: none.
// Example output:
//   subject | act | object | dates | reports
//   Russia | SUSPENDED | New START | [2023-02-21, 2023-02, 2023, 2023-03-01] | 14
//   Typhon | DEPLOYED_BY | United States | [2024-04-18, 2024-04, 2025-07, 2025-09, 2024] | 10
//   (samples plus the test corpus)
MATCH (subject)-[act]->(object)
WHERE act.evidence IS NOT NULL AND act.date IS NOT NULL
WITH subject, type(act) AS act, object, collect(DISTINCT act.date) AS dates, collect(act.articles) AS articleLists
WHERE any(d1 IN dates WHERE any(d2 IN dates WHERE NOT d1 STARTS WITH d2 AND NOT d2 STARTS WITH d1))
RETURN subject.name AS subject, act, object.name AS object, dates,
       size(reduce(all = [], l IN articleLists | all + l)) AS reports
ORDER BY subject, act, object;
