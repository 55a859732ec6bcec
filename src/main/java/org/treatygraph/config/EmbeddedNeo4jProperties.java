package org.treatygraph.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j used when no {@code spring.neo4j.uri} is given.
 *
 * @param dataDir where the store lives; relative paths resolve against the working directory
 * @param boltPort Bolt port researchers connect to; {@code 0} picks a free port (tests)
 * @param boltAddress interface Bolt listens on; loopback so the unauthenticated server is not exposed
 * @param pageCache page cache size; without it Neo4j claims a large share of the machine's memory
 * @param transactionTimeout longest a transaction may run (Neo4j's {@code db.transaction.timeout}); a runaway
 * query, from the API or from a researcher's Bolt session, is stopped instead of holding the server
 * @param inProcessReads whether the API runs its read queries in-process on the embedded database rather
 * than over Bolt (loopback Bolt costs about a millisecond per query); writes always go over Bolt
 */
@ConfigurationProperties("treatygraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
        @DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue("30s") Duration transactionTimeout, @DefaultValue("true") boolean inProcessReads) {
}
