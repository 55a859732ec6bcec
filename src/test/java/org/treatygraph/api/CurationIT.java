package org.treatygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;

import org.treatygraph.article.Article;
import org.treatygraph.extraction.EntityLabel;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.extraction.PartialDate;
import org.treatygraph.extraction.RelationType;
import org.treatygraph.extraction.Stance;
import org.treatygraph.graph.GraphWriter;
import org.treatygraph.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Curation and ingestion mutations: who may call them, what they change, and that re-ingestion keeps it. */
class CurationIT extends IntegrationTest {

    private static final String STATE = "state/curatia";

    private static final String DUPLICATE = "state/curatia-duplicate";

    private static final String PERSON = "person/cura-tor";

    private static final String TREATY = "treaty/curation-accord";

    private static final String STATEMENT = "statement/curation-1";

    @Autowired
    GraphWriter writer;

    /** An article as extraction would write it: the person says something about the treaty; the duplicate suspends it. */
    private static ExtractedGraph article(String key, LocalDate date) {
        var text = "Cura Tor said the Curation Accord is dead. Curatia Duplicate suspended it.";
        var entities = List.of(
                new ExtractedGraph.Entity(STATE, EntityLabel.State, "Curatia", List.of(), Map.of(), List.of()),
                new ExtractedGraph.Entity(DUPLICATE, EntityLabel.State, "Curatia Duplicate", List.of("Republic of Curatia"), Map.of(), List.of()),
                new ExtractedGraph.Entity(PERSON, EntityLabel.Person, "Cura Tor", List.of(), Map.of("state", DUPLICATE), List.of()),
                new ExtractedGraph.Entity(TREATY, EntityLabel.Treaty, "Curation Accord", List.of(), Map.of(), List.of()));
        var statement = new ExtractedGraph.Statement(STATEMENT, PERSON, List.of(TREATY), Stance.supports, "said",
                ExtractedGraph.Statement.Kind.reported, "the Curation Accord is dead", 0, 40, PartialDate.ofDay(date));
        var suspended = new ExtractedGraph.Relationship(RelationType.SUSPENDED, DUPLICATE, TREATY, PartialDate.ofDay(LocalDate.of(2022, 5, 1)),
                44, 70, Map.of());
        var article = new Article(key, "TEST", null, date, null, "Curation", text, 0);
        return new ExtractedGraph(article, entities, List.of(statement), List.of(suspended));
    }

    @Test
    void mutationsNeedTheWriterRole() {
        graphQl().documentName("renameEntity").variable("input", Map.of("key", TREATY, "name", "Nope")).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
        var reader = graphQl().mutate()
            .header(HttpHeaders.AUTHORIZATION, "Basic " + HttpHeaders.encodeBasicAuth("test-reader", WRITER_PASSWORD, null))
            .build();
        reader.documentName("renameEntity").variable("input", Map.of("key", TREATY, "name", "Nope")).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        reader.documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.key").entity(String.class).isEqualTo("treaty/new-start");
    }

    @Test
    void curatedFactsSurviveReingestionAndMergedEntitiesDoNotComeBack() {
        this.writer.write(article("curation0000001", LocalDate.of(2022, 5, 2)));
        var writer = graphQl().mutate()
            .header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder().encodeToString(("test-writer:" + WRITER_PASSWORD).getBytes()))
            .build();

        var renamed = writer.documentName("renameEntity").variable("input", Map.of("key", PERSON, "name", "Dr. Cura Tor")).execute();
        renamed.path("renameEntity.errors").entityList(Object.class).hasSize(0);
        renamed.path("renameEntity.entity.name").entity(String.class).isEqualTo("Dr. Cura Tor");
        renamed.path("renameEntity.entity.aliases").entityList(String.class).contains("Cura Tor");
        renamed.path("renameEntity.entity.curatedBy").entity(String.class).isEqualTo("test-writer");
        renamed.path("renameEntity.entity.curatedAt").entity(String.class).satisfies(at -> assertThat(at).startsWith("20"));

        writerGraphQl().documentName("addAlias").variable("input", Map.of("key", TREATY, "alias", "The Accord")).execute()
            .path("addAlias.entity.aliases").entityList(String.class).containsExactly("The Accord");
        writerGraphQl().documentName("setStatementStance").variable("input", Map.of("statement", STATEMENT, "stance", "opposes")).execute()
            .path("setStatementStance.statement.stance").entity(String.class).isEqualTo("opposes");
        var speaker = writerGraphQl().documentName("setStatementSpeaker")
            .variable("input", Map.of("statement", STATEMENT, "speaker", DUPLICATE)).execute();
        speaker.path("setStatementSpeaker.statement.speaker.key").entity(String.class).isEqualTo(DUPLICATE);
        speaker.path("setStatementSpeaker.statement.curatedFields").entityList(String.class)
            .satisfies(fields -> assertThat(fields).containsExactlyInAnyOrder("stance", "speaker"));
        speaker.path("setStatementSpeaker.statement.curatedBy").entity(String.class).isEqualTo("test-key");

        var merged = writerGraphQl().documentName("mergeEntities").variable("input", Map.of("keep", STATE, "remove", DUPLICATE)).execute();
        merged.path("mergeEntities.errors").entityList(Object.class).hasSize(0);
        merged.path("mergeEntities.entity.aliases").entityList(String.class).contains("Curatia Duplicate", "Republic of Curatia");
        merged.path("mergeEntities.entity.said[*].key").entityList(String.class).containsExactly(STATEMENT);
        merged.path("mergeEntities.entity.facts[*].type").entityList(String.class).containsExactly("SUSPENDED");
        assertThat(count("MATCH (n {key: '" + DUPLICATE + "'}) RETURN count(n)")).isZero();
        assertThat(single("MATCH (p:Person {key: $key}) RETURN p.state", Map.of("key", PERSON))).isEqualTo(STATE);

        // A second article repeats everything extraction found, under the original names and keys.
        assertThat(this.writer.write(article("curation0000002", LocalDate.of(2022, 5, 3)))).isEqualTo(GraphWriter.Outcome.WRITTEN);

        assertThat(count("MATCH (n {key: '" + DUPLICATE + "'}) RETURN count(n)")).as("merged-away entity re-created").isZero();
        assertThat(single("MATCH (p:Person {key: $key}) RETURN p.name", Map.of("key", PERSON))).isEqualTo("Dr. Cura Tor");
        assertThat(single("MATCH (s:Statement {key: $key}) RETURN s.stance", Map.of("key", STATEMENT))).isEqualTo("opposes");
        assertThat(single("MATCH (speaker)-[:SAID]->(:Statement {key: $key}) RETURN collect(speaker.key)", Map.of("key", STATEMENT)))
            .isEqualTo(List.of(STATE));
        assertThat(single("MATCH (:State {key: $key})-[r:SUSPENDED]->(:Treaty) RETURN [count(r), size(head(collect(r.articles)))]",
                Map.of("key", STATE))).as("one fact, reported by both articles").isEqualTo(List.of(1L, 2L));
    }

    @Test
    void refusedCurationsAreTypedPayloadErrors() {
        writerGraphQl().documentName("renameEntity").variable("input", Map.of("key", "state/atlantis", "name", "Atlantis")).execute()
            .path("renameEntity").entity(Map.class).satisfies(payload -> {
                assertThat(payload.get("entity")).isNull();
                assertThat(payload.get("errors")).isEqualTo(List.of(Map.of("code", "NOT_FOUND", "message", "No entity with key state/atlantis", "field", "key")));
            });
        writerGraphQl().documentName("mergeEntities").variable("input", Map.of("keep", "state/russia", "remove", "state/russia")).execute()
            .path("mergeEntities.errors[0].code").entity(String.class).isEqualTo("INVALID");
        writerGraphQl().documentName("setStatementSpeaker").variable("input", Map.of("statement", "statement/none", "speaker", "state/russia"))
            .execute()
            .path("setStatementSpeaker.errors[0].field").entity(String.class).isEqualTo("statement");
        writerGraphQl().documentName("addAlias").variable("input", Map.of("key", "state/russia", "alias", " ")).execute()
            .path("addAlias.errors[0].code").entity(String.class).isEqualTo("INVALID");
    }

    @Test
    void ingestArticlesReportsEachItem() {
        var good = " date 2025-09-01 GENEVA, September 1. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said that "
                + "the New START treaty could not be revived without guarantees.";
        var response = writerGraphQl().documentName("ingestArticles")
            .variable("input", Map.of("articles", List.of(Map.of("text", good), Map.of("text", good), Map.of("text", "no header at all"))))
            .execute();
        response.path("ingestArticles.results[*].status").entityList(String.class)
            .satisfies(statuses -> assertThat(statuses).containsExactly(statuses.get(0), "ALREADY_PRESENT", "FAILED"));
        response.path("ingestArticles.results[0].article.datelinePlace").entity(String.class).isEqualTo("Geneva");
        response.path("ingestArticles.failed").entity(Integer.class).isEqualTo(1);
        response.path("ingestArticles.results[2].error").entity(String.class).satisfies(e -> assertThat(e).contains("no header"));
    }

}
