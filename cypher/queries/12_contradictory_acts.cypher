// Question: which states are reported doing opposite things to one treaty (ratified then deratified,
// extended then suspended, signed then withdrew …)? The dates show which came first.
// Parameters: none.
// Example output:
//   state | treaty | act | actDates | opposite | oppositeDates
//   Russia | CTBT | RATIFIED | [2000] | DERATIFIED | [2023-11-02, 2023-11, 2023]
//   Russia | New START | EXTENDED | [2021-02-03, 2021, 2021-02] | SUSPENDED | [2023-02-21, 2023-02, 2023]
//   Russia | New START | OBSERVES | [2023-02] | SUSPENDED | [2023-02-21, 2023-02, 2023]
//   … (5 rows)
MATCH (st:State)-[a]->(t:Treaty)<-[b]-(st)
WHERE [type(a), type(b)] IN [['RATIFIED', 'DERATIFIED'], ['OBSERVES', 'SUSPENDED'], ['SIGNED', 'WITHDREW_FROM'],
                             ['RATIFIED', 'WITHDREW_FROM'], ['EXTENDED', 'SUSPENDED']]
WITH st, t, type(a) AS act, type(b) AS opposite, collect(DISTINCT a.date) AS actDates, collect(DISTINCT b.date) AS oppositeDates
RETURN st.name AS state, t.name AS treaty, act, [d IN actDates WHERE d IS NOT NULL] AS actDates,
       opposite, [d IN oppositeDates WHERE d IS NOT NULL] AS oppositeDates
ORDER BY state, treaty, act;
