// Question: which dated acts happened between two dates (inclusive)? Uses sortDate, the first day
// of the act's date at its precision (an act dated "2023" sorts as 2023-01-01).
// Parameters: $from, $to — dates.
// :param {from: date('2023-01-01'), to: date('2023-12-31')}
// Example output:
//   date | subject | act | object | precision | reportedBy
//   2023 | Russia | DERATIFIED | CTBT | year | 1
//   2023 | Russia | SUSPENDED | New START | year | 1
//   2023-02 | Russia | OBSERVES | New START | month | 1
//   … (7 rows)
MATCH (subject)-[fact]->(object)
WHERE fact.sortDate >= $from AND fact.sortDate <= $to AND fact.evidence IS NOT NULL
RETURN fact.date AS date, subject.name AS subject, type(fact) AS act, object.name AS object,
       fact.datePrecision AS precision, size(fact.articles) AS reportedBy
ORDER BY fact.sortDate, subject, act;
