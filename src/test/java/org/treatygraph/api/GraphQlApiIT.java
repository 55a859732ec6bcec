package org.treatygraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.treatygraph.support.GraphQlClient;
import org.treatygraph.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlApiIT extends IntegrationTest {

    private GraphQlClient graphQl;

    @BeforeEach
    void client() {
        this.graphQl = new GraphQlClient(this.port);
    }

    @Test
    void treatyByAliasTraversesStatementsSpeakersAndTheirState() {
        var result = this.graphQl.execute("treatyStatements", Map.of("name", "strategic arms reduction treaty"));
        assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
        var treaty = result.path("data").path("treaty");
        assertThat(treaty.path("key").asString()).isEqualTo("treaty/new-start");
        var speakers = treaty.path("statementsAbout").findValuesAsString("name");
        assertThat(speakers).contains("Sergey Ryabkov", "Russian Foreign Ministry");
        assertThat(result.toString()).contains("\"type\":\"REPRESENTS\"").contains("\"name\":\"Russia\"");
    }

    @Test
    void statementsFilterBySpeakerSubjectAndDates() {
        var ryabkov = this.graphQl.execute("statements", Map.of("speaker", "Ryabkov", "about", "New START", "from", "2024-01-01", "to", "2024-12-31"));
        var statements = ryabkov.path("data").path("statements").path("nodes");
        assertThat(statements.size()).isGreaterThanOrEqualTo(1);
        statements.forEach(s -> assertThat(s.path("speaker").path("name").asString()).isEqualTo("Sergey Ryabkov"));
        var none = this.graphQl.execute("statements", Map.of("speaker", "Ryabkov", "from", "2030-01-01"));
        assertThat(none.path("data").path("statements").path("nodes").size()).isZero();
    }

    @Test
    void stateFactsShowTheDatedActs() {
        var result = this.graphQl.execute("stateFacts", Map.of("name", "Washington"));
        var facts = result.path("data").path("state").path("facts");
        assertThat(facts.toString()).contains("WITHDREW_FROM").contains("INF Treaty").contains("2019");
    }

    @Test
    void badDateArgumentIsAClearGraphQlError() {
        var result = this.graphQl.execute("statements", Map.of("from", "last tuesday"));
        assertThat(result.path("errors").get(0).path("message").asString()).contains("ISO date");
    }

    @Test
    void ingestArticleMutationWritesOnceAndReportsRefusals() {
        var text = " date 2025-08-04 MINSK, August 4. /TASS/. Belarusian President Alexander Lukashenko said that "
                + "Oreshnik systems had been deployed in Belarus.";
        var writer = writerGraphQl();
        var first = writer.documentName("ingestArticle").variable("input", Map.of("text", text, "source", "TASS")).execute();
        first.path("ingestArticle.status").entity(String.class).satisfies(status -> assertThat(status).isIn("INGESTED", "ALREADY_PRESENT"));
        first.path("ingestArticle.article.datelinePlace").entity(String.class).isEqualTo("Minsk");
        writer.documentName("ingestArticle").variable("input", Map.of("text", text)).execute()
            .path("ingestArticle.status").entity(String.class).isEqualTo("ALREADY_PRESENT");
        var refused = writer.documentName("ingestArticle").variable("input", Map.of("text", "no header, no date")).execute();
        refused.path("ingestArticle.status").entity(String.class).isEqualTo("FAILED");
        refused.path("ingestArticle.error").entity(String.class).satisfies(error -> assertThat(error).contains("no header"));
    }

    @Test
    void anonymousIngestIsRefusedWithAGraphQlErrorAndWritesNothing() {
        var text = " date 2025-08-05 MINSK, August 5. /TASS/. Belarusian President Alexander Lukashenko said nothing new.";
        graphQl().documentName("ingestArticle").variable("input", Map.of("text", text)).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.UNAUTHORIZED)));
        assertThat(count("MATCH (a:Article) WHERE a.text CONTAINS 'said nothing new' RETURN count(a)")).isZero();
        var badKey = graphQl().mutate().header("X-API-Key", "not-a-key").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> badKey.documentName("ingestArticle").variable("input", Map.of("text", text)).execute())
            .hasMessageContaining("401");
    }

    @Test
    void graphiqlSchemaAndHealthAreServed() throws Exception {
        var http = HttpClient.newHttpClient();
        var base = "http://localhost:" + this.port;
        var schema = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql/schema")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(schema.body()).contains("type Treaty implements Entity");
        var graphiql = http.send(HttpRequest.newBuilder(URI.create(base + "/graphiql")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(graphiql.statusCode()).isBetween(200, 399);
        var health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"neo4j\"").contains("\"status\":\"UP\"");
    }

}
