// Question: which missile systems are reported deployed where, by whom and since when?
// Parameters: none.
// Example output:
//   system | place | placeKind | deployedBy | date | reportedBy
//   Dark Eagle | Australia | State | null | null | 1
//   Iskander | Kaliningrad Region | Region | Russia | null | 1
//   Oreshnik | Belarus | State | Russia | null | 1
//   … (10 rows)
MATCH (m:MissileSystem)-[d:DEPLOYED_IN]->(place)
OPTIONAL MATCH (by:State {key: d.by})
RETURN m.name AS system, place.name AS place, head(labels(place)) AS placeKind, by.name AS deployedBy,
       d.date AS date, size(d.articles) AS reportedBy
ORDER BY system, place, d.sortDate;
