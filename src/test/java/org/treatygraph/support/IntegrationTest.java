package org.treatygraph.support;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random HTTP port against a real Neo4j
 * ({@link Neo4jTestDatabase}), started once and shared (Spring caches the context), with the bundled
 * samples loaded at start-up as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "treatygraph.security.users[0].name=test-writer", "treatygraph.security.users[0].password={noop}" + IntegrationTest.WRITER_PASSWORD,
        "treatygraph.security.users[1].name=test-reader", "treatygraph.security.users[1].password={noop}" + IntegrationTest.WRITER_PASSWORD,
        "treatygraph.security.users[1].roles=READER",
        "treatygraph.security.api-keys[0].name=test-key", "treatygraph.security.api-keys[0].key=" + IntegrationTest.WRITER_API_KEY,
        "treatygraph.embedded.transaction-timeout=5s" })
@Import({ QueryCounter.class, ServerStartProbe.class })
public abstract class IntegrationTest {

    /** Credentials of the test writer (HTTP Basic) and of the test API key; both have role WRITER. */
    public static final String WRITER_PASSWORD = "test-writer-password";

    public static final String WRITER_API_KEY = "test-writer-key";

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

    /** An anonymous GraphQL client over real HTTP; documents are read from {@code graphql-test/NAME.graphql}. */
    protected HttpGraphQlTester graphQl() {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + this.port + "/graphql")
            .responseTimeout(java.time.Duration.ofSeconds(60))
            .build());
    }

    /** The same client authenticated as the test writer's API key. */
    protected HttpGraphQlTester writerGraphQl() {
        return graphQl().mutate().header("X-API-Key", WRITER_API_KEY).build();
    }

    protected long count(String cypher) {
        return ((Number) single(cypher, java.util.Map.of())).longValue();
    }

}
