// Question: for each state and treaty, what is the most recent act (signed, ratified, suspended,
// withdrew, deratified, extended, observes …) the articles report? This is the state's current position.
// Parameters: none.
// Example output:
//   state | treaty | act | date | reportedBy
//   Belarus | New START | SIGNED | 2024-12-06 | 1
//   Kazakhstan | CTBT | RATIFIED | 2002 | 1
//   Russia | CTBT | DERATIFIED | 2023-11-02 | 1
//   … (12 rows)
MATCH (st:State)-[act:SIGNED|RATIFIED|SUSPENDED|WITHDREW_FROM|DERATIFIED|EXTENDED|OBSERVES|TERMINATED]->(t:Treaty)
WHERE act.sortDate IS NOT NULL
WITH st, t, act ORDER BY act.sortDate DESC
WITH st, t, collect(act)[0] AS latest
RETURN st.name AS state, t.name AS treaty, type(latest) AS act, latest.date AS date,
       size(latest.articles) AS reportedBy
ORDER BY state, treaty;
