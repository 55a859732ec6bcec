package org.treatygraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real Neo4j every integration test runs against: a Testcontainers Neo4j when a Docker engine is
 * available, otherwise the application's own embedded server on a fresh temporary store and a random
 * Bolt port. The same tests run either way; nothing is mocked. {@link #MAIN} holds the samples;
 * {@link #RESEARCH} is a second database of the same kind for {@link ResearchGraph}, and
 * {@link #CLOSED_READS} a third for the application started with different security settings. Each
 * application context needs its own: an embedded store is locked by the process's first context.
 */
public final class Neo4jTestDatabase {

    private static final boolean DOCKER = dockerAvailable();

    /** The database of the ordinary integration tests. */
    public static final Neo4jTestDatabase MAIN = new Neo4jTestDatabase("treatygraph-test-");

    /** The database of the researcher-facing tests, loaded with the whole corpus. */
    public static final Neo4jTestDatabase RESEARCH = new Neo4jTestDatabase("treatygraph-research-test-");

    /** The database of the application started with {@code treatygraph.security.reads-open=false}. */
    public static final Neo4jTestDatabase CLOSED_READS = new Neo4jTestDatabase("treatygraph-closed-reads-test-");

    private final String prefix;

    private Neo4jContainer container;

    private Path dataDir;

    private Neo4jTestDatabase(String prefix) {
        this.prefix = prefix;
    }

    /** Points the application at {@link #MAIN}. */
    public static void register(DynamicPropertyRegistry registry) {
        MAIN.registerWith(registry);
    }

    /** Points the application at this database, starting it (container or temporary store) the first time. */
    public synchronized void registerWith(DynamicPropertyRegistry registry) {
        if (DOCKER) {
            if (this.container == null) {
                this.container = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();
                this.container.start();
            }
            registry.add("spring.neo4j.uri", this.container::getBoltUrl);
            return;
        }
        if (this.dataDir == null) {
            try {
                this.dataDir = Files.createTempDirectory(this.prefix);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        var dir = this.dataDir.toString();
        registry.add("spring.neo4j.uri", () -> "");
        registry.add("treatygraph.embedded.data-dir", () -> dir);
        registry.add("treatygraph.embedded.bolt-port", () -> "0");
        registry.add("treatygraph.embedded.page-cache", () -> "64MB");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

}
