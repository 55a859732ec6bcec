// Full-text search over what was said, and over every name an entity is known by.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|State|Organization|Treaty|MissileSystem|Region) ON EACH [n.name, n.aliasText];
