package org.treatygraph.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import org.treatygraph.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class BoltAndSchemaIT extends IntegrationTest {

    @Autowired
    Neo4jConnectionDetails connection;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void aSeparateDriverConnectionRunsCypherOverBolt() {
        try (var researcher = GraphDatabase.driver(this.connection.getUri(), this.connection.getAuthToken() != null
                ? this.connection.getAuthToken() : AuthTokens.none()); var session = researcher.session()) {
            var row = session.run("MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Treaty {key: $treaty}) "
                    + "RETURN count(DISTINCT p) AS speakers", Map.of("treaty", "treaty/new-start")).single();
            assertThat(row.get("speakers").asLong()).isPositive();
        }
    }

    @Test
    void schemaScriptsAreAppliedAndApplyingAgainChangesNothing() {
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name IN ['article_key', 'person_key', 'state_key', "
                + "'organization_key', 'treaty_key', 'missile_system_key', 'region_key', 'statement_key'] RETURN count(*)"))
            .isEqualTo(8);
        assertThat(count("SHOW INDEXES YIELD name, type WHERE name = 'statement_text' AND type = 'FULLTEXT' RETURN count(*)"))
            .isEqualTo(1);
        assertThat(this.migrations.currentVersion()).isEqualTo("0003");
        long before = count("SHOW INDEXES YIELD name RETURN count(*)");
        this.migrations.afterPropertiesSet();
        assertThat(count("SHOW INDEXES YIELD name RETURN count(*)")).isEqualTo(before);
        assertThat(this.migrations.currentVersion()).isEqualTo("0003");
    }

    @Test
    void fullTextIndexFindsStatementsByTheirWords() {
        assertThat(count("CALL db.index.fulltext.queryNodes('statement_text', 'Russophobia') YIELD node RETURN count(node)"))
            .isEqualTo(1);
    }

}
