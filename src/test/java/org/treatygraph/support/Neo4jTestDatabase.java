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
 * Bolt port. The same tests run either way; nothing is mocked.
 */
public final class Neo4jTestDatabase {

    private static final boolean DOCKER = dockerAvailable();

    private static Neo4jContainer container;

    private static Path dataDir;

    private Neo4jTestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (DOCKER) {
            if (container == null) {
                container = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();
                container.start();
            }
            registry.add("spring.neo4j.uri", container::getBoltUrl);
        }
        else {
            if (dataDir == null) {
                try {
                    dataDir = Files.createTempDirectory("treatygraph-test-");
                }
                catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            registry.add("spring.neo4j.uri", () -> "");
            registry.add("treatygraph.embedded.data-dir", dataDir::toString);
            registry.add("treatygraph.embedded.bolt-port", () -> "0");
            registry.add("treatygraph.embedded.page-cache", () -> "64MB");
        }
    }

    public static boolean usesDocker() {
        return DOCKER;
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
