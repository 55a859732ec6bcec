package org.treatygraph.support;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random HTTP port against a real Neo4j
 * ({@link Neo4jTestDatabase}), started once and shared (Spring caches the context), with the bundled
 * samples loaded at start-up as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jTestDatabase.register(registry);
    }

    @Autowired
    protected Driver driver;

    @LocalServerPort
    protected int port;

    /** Runs one Cypher query in a fresh session and returns the single value of the single row. */
    protected Object single(String cypher, java.util.Map<String, Object> parameters) {
        try (var session = this.driver.session()) {
            return session.run(cypher, parameters).single().get(0).asObject();
        }
    }

    protected long count(String cypher) {
        return ((Number) single(cypher, java.util.Map.of())).longValue();
    }

}
