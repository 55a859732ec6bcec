package org.treatygraph.config;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.AuthToken;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application when no external server is configured, with Bolt enabled, so
 * that the app (through Boot's driver), researchers' Cypher tools and the CLI all speak Bolt to the
 * same store. Exposing the actual Bolt address as {@link Neo4jConnectionDetails} makes Boot create its
 * driver only after the database is up, and lets port 0 work for tests. The database itself is also a
 * bean, so the API's reads can run in-process instead of over Bolt (see {@code graph/ReadQueries}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedDatabase(EmbeddedNeo4jProperties properties) {
        var home = properties.dataDir().toAbsolutePath().normalize();
        log.info("Starting embedded Neo4j in {}", home);
        return new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), properties.boltPort()))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
            .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
            // Bolt listens on loopback only by default, so an unauthenticated store is not exposed.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Outside Bolt clients otherwise keep the shutdown waiting for their idle connections.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();
    }

    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(DatabaseManagementService database) {
        var api = (GraphDatabaseAPI) database.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var bolt = api.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
        var uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
        log.info("Embedded Neo4j serves Bolt at {} (no authentication)", uri);
        return new EmbeddedConnectionDetails(uri);
    }

    /**
     * The default database for in-process reads; writes keep going through the driver and Spring's
     * transactions.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "treatygraph.embedded.in-process-reads", matchIfMissing = true)
    GraphDatabaseService embeddedGraph(DatabaseManagementService database) {
        return database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    private record EmbeddedConnectionDetails(URI getUri) implements Neo4jConnectionDetails {

        @Override
        public AuthToken getAuthToken() {
            return AuthTokens.none();
        }

    }

}
