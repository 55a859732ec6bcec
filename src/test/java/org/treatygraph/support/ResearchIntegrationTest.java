package org.treatygraph.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.treatygraph.ingest.IngestService;

/**
 * Base of the integration tests of researcher-facing features: the whole application on a random port
 * against {@link ResearchGraph} (samples plus the evaluation corpus). One context, shared by all
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ResearchIntegrationTest {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        ResearchGraph.register(registry);
    }

    @Autowired
    protected Driver driver;

    @Autowired
    IngestService ingest;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void loadCorpus() {
        ResearchGraph.load(this.ingest);
    }

    protected long count(String cypher, Map<String, Object> parameters) {
        try (var session = this.driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    protected long count(String cypher) {
        return count(cypher, Map.of());
    }

}
