// Every node is identified by its business key (content hash for articles, "state/russia" style keys
// for entities, speaker + text hash for statements). MERGE on these keys is what makes ingestion
// idempotent, and the constraints make a duplicate impossible even under concurrent writers.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT state_key IF NOT EXISTS FOR (n:State) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT treaty_key IF NOT EXISTS FOR (n:Treaty) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT missile_system_key IF NOT EXISTS FOR (n:MissileSystem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT statement_key IF NOT EXISTS FOR (n:Statement) REQUIRE n.key IS UNIQUE;
