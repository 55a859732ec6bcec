// A read-only login for researchers on a Neo4j server (docker-compose or any other server).
//
// NEEDS ENTERPRISE EDITION (or Aura): roles and privileges are not part of Community Edition, where
// every user that can log in can also write. See README "Read-only access for researchers" for what
// works on Community (read access-mode sessions, or a separate read-only copy).
//
// Run as an admin against the system database, with the password passed as a parameter:
//   cypher-shell -a bolt://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -d system \
//     -P "{password: 'choose-a-long-one'}" -f cypher/admin/read-only-researcher.cypher
//
// `reader` is the built-in role that may traverse and read the whole graph and see the schema, and
// nothing else: no writes, no index or constraint changes, no user management.

CREATE USER researcher IF NOT EXISTS SET PASSWORD $password CHANGE REQUIRED;

// A role of our own, so that what researchers may do can later be narrowed (e.g. DENY READ on
// Article.text) without touching the built-in role.
CREATE ROLE researcher IF NOT EXISTS AS COPY OF reader;

GRANT ROLE researcher TO researcher;

// Check: the user, its roles, and that the role has no write privilege.
SHOW USERS YIELD user, roles WHERE user = 'researcher';
SHOW ROLE researcher PRIVILEGES;
