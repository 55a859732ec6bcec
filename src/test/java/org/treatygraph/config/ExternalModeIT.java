package org.treatygraph.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.treatygraph.TreatygraphApplication;
import org.treatygraph.article.RawArticle;
import org.treatygraph.graph.AnalystQueries;
import org.treatygraph.ingest.IngestReport;
import org.treatygraph.ingest.IngestService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode: with spring.neo4j.uri set, the application starts nothing embedded and writes to that
 * server. A standalone Neo4j started here on its own port stands in for the docker-compose service.
 */
class ExternalModeIT {

    private static DatabaseManagementService server;

    private static String boltUri;

    @BeforeAll
    static void startStandaloneServer() throws Exception {
        Path home = Files.createTempDirectory("treatygraph-external-");
        server = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .build();
        var bolt = ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
        boltUri = "bolt://127.0.0.1:" + bolt.getPort();
    }

    @AfterAll
    static void stopServer() {
        server.shutdown();
    }

    @Test
    void withAUriTheAppUsesThatServerAndStartsNothingEmbeddedAndReadsOverBolt() {
        try (var app = new SpringApplicationBuilder(TreatygraphApplication.class).web(WebApplicationType.NONE)
            .run("--spring.neo4j.uri=" + boltUri, "--treatygraph.ingest.load-samples=false",
                    "--treatygraph.embedded.data-dir=/nonexistent/should-not-be-created")) {
            assertThat(app.getBeansOfType(DatabaseManagementService.class)).isEmpty();
            var item = app.getBean(IngestService.class).ingest(RawArticle.ofText("external.txt",
                    " date 2024-11-20 WASHINGTON, November 20. /TASS/. The United States withdrew from the Treaty "
                            + "on Open Skies in November 2020, Russian Ambassador Anatoly Antonov said."));
            assertThat(item.status()).isEqualTo(IngestReport.Status.INGESTED);
            // No embedded database to read from in-process: the API's reads go over Bolt to the same server.
            assertThat(app.getBeansOfType(GraphDatabaseService.class)).isEmpty();
            assertThat(app.getBean(AnalystQueries.class).positions("United States", "Open Skies", null, null))
                .extracting(event -> event.get("act"))
                .containsExactly("WITHDREW_FROM");
        }
        var count = server.database("neo4j").executeTransactionally(
                "MATCH (:State {key: 'state/united-states'})-[r:WITHDREW_FROM]->(:Treaty {key: 'treaty/open-skies'}) RETURN r.date AS date",
                Map.of(), result -> result.next().get("date"));
        assertThat(count).isEqualTo("2020-11");
        assertThat(Files.exists(Path.of("/nonexistent/should-not-be-created"))).isFalse();
    }

}
