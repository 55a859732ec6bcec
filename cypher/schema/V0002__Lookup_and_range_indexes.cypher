// Lookups by canonical name (GraphQL and research queries) and range filters on dates.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX treaty_name IF NOT EXISTS FOR (n:Treaty) ON (n.name);
CREATE INDEX missile_system_name IF NOT EXISTS FOR (n:MissileSystem) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX statement_sort_date IF NOT EXISTS FOR (n:Statement) ON (n.sortDate);
CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
