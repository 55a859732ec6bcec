package org.treatygraph.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.treatygraph.support.Neo4jTestDatabase;

/**
 * {@code treatygraph.security.reads-open=false}: every read needs a user or key, whatever its role; the
 * tools and health stay open. A context of its own (different security settings), hence a database of
 * its own, loaded with the bundled samples at start-up like any fresh installation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "treatygraph.security.reads-open=false",
        "treatygraph.security.users[0].name=reader", "treatygraph.security.users[0].password={noop}" + ClosedReadsIT.PASSWORD,
        "treatygraph.security.users[0].roles=READER",
        "treatygraph.security.users[1].name=writer", "treatygraph.security.users[1].password={noop}" + ClosedReadsIT.PASSWORD,
        "treatygraph.security.api-keys[0].name=writer-key", "treatygraph.security.api-keys[0].key=" + ClosedReadsIT.API_KEY })
class ClosedReadsIT {

    static final String PASSWORD = "closed-reads-password";

    static final String API_KEY = "closed-reads-key";

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jTestDatabase.CLOSED_READS.registerWith(registry);
    }

    @LocalServerPort
    int port;

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).responseTimeout(Duration.ofSeconds(60)).build();
    }

    private HttpGraphQlTester graphQl(String header, String value) {
        return HttpGraphQlTester.create(http().mutate().baseUrl("http://localhost:" + this.port + "/graphql").defaultHeader(header, value).build());
    }

    private static String basic(String user, String password) {
        return "Basic " + HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousQueryIsRefusedWith401() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("query", "{ treaty(name: \"New START\") { key } }"))
            .exchange()
            .expectStatus().isUnauthorized();
    }

    @Test
    void wrongCredentialsAreRefusedWith401() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, basic("reader", "wrong"))
            .bodyValue(Map.of("query", "{ __typename }"))
            .exchange()
            .expectStatus().isUnauthorized();
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header("X-API-Key", "not-a-key")
            .bodyValue(Map.of("query", "{ __typename }"))
            .exchange()
            .expectStatus().isUnauthorized();
    }

    @Test
    void aReaderGetsData() {
        graphQl(HttpHeaders.AUTHORIZATION, basic("reader", PASSWORD)).documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.key").entity(String.class).isEqualTo("treaty/new-start")
            .path("treaty.statementsAbout[*].speaker.name").entityList(String.class).contains("Sergey Ryabkov");
    }

    @Test
    void aWriterGetsDataByPasswordOrApiKey() {
        graphQl(HttpHeaders.AUTHORIZATION, basic("writer", PASSWORD)).documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.key").entity(String.class).isEqualTo("treaty/new-start");
        graphQl("X-API-Key", API_KEY).documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.statementsAbout").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void exportsAndTheExplorerSearchAreReadsButToolsAndHealthStayOpen() {
        http().get().uri("/export/graphml").exchange().expectStatus().isUnauthorized();
        http().get().uri("/explorer/search?q=new").exchange().expectStatus().isUnauthorized();
        http().get().uri("/export/graphml").header(HttpHeaders.AUTHORIZATION, basic("reader", PASSWORD)).exchange().expectStatus().isOk();
        http().get().uri("/graphql/schema").exchange().expectStatus().isOk();
        http().get().uri("/actuator/health").exchange().expectStatus().isOk();
        http().get().uri("/graphiql").exchange().expectStatus().isOk();
    }

}
