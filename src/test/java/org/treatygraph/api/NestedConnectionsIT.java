package org.treatygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.treatygraph.benchmark.SyntheticCorpus;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.graph.GraphWriter;
import org.treatygraph.support.GeneratedCorpus;
import org.treatygraph.support.IntegrationTest;
import org.treatygraph.support.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship lists of entities and articles as Relay connections: walked page by page with
 * cursors, they give exactly the plain lists, in the same order, with the same total.
 */
class NestedConnectionsIT extends IntegrationTest {

    private static final List<String> ENTITY_CONNECTIONS = List.of("saidConnection", "statementsAboutConnection", "factsConnection",
            "articlesConnection");

    @Autowired
    GraphWriter writer;

    @BeforeEach
    void corpus() {
        GeneratedCorpus.ensureLoaded(this.writer);
    }

    /** The speaker with the most statements in the generated corpus. */
    private static String busiestSpeaker() {
        var counts = new HashMap<String, Integer>();
        for (int i = 0; i < GeneratedCorpus.ARTICLES; i++) {
            GeneratedCorpus.CORPUS.article(i).statements().forEach(s -> counts.merge(s.speaker(), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A state that both speaks and acts on treaties in the generated corpus, so all four of its lists have items. */
    private static String actingState() {
        for (int i = 0; i < GeneratedCorpus.ARTICLES; i++) {
            var graph = GeneratedCorpus.CORPUS.article(i);
            for (var fact : graph.relationships()) {
                if (fact.from().startsWith("state/") && fact.date() != null) {
                    return fact.from();
                }
            }
        }
        throw new IllegalStateException("no state acts in the generated corpus");
    }

    @Test
    void entityConnectionsWalkedWithCursorsGiveThePlainListsAndTheirTotals() {
        for (var key : List.of(SyntheticCorpus.treatyKey(4), busiestSpeaker(), actingState(), "state/russia")) {
            var walked = new HashMap<String, List<Object>>();
            String after = null;
            int pages = 0;
            boolean more;
            do {
                var response = graphQl().documentName("entityConnections").variable("key", key).variable("first", 3).variable("after", after)
                    .execute();
                more = false;
                for (var connection : ENTITY_CONNECTIONS) {
                    var plainField = connection.replace("Connection", "");
                    var plain = response.path("entity." + plainField).entityList(Object.class).get();
                    response.path("entity." + connection + ".totalCount").entity(Integer.class).isEqualTo(plain.size());
                    response.path("entity." + connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
                    var nodes = response.path("entity." + connection + ".edges[*].node").entityList(Object.class).get();
                    assertThat(nodes).hasSizeLessThanOrEqualTo(3);
                    walked.computeIfAbsent(connection, c -> new ArrayList<>()).addAll(nodes);
                    boolean hasNext = response.path("entity." + connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
                    assertThat(hasNext).as(connection).isEqualTo(walked.get(connection).size() < plain.size());
                    if (hasNext) {
                        more = true;
                        after = response.path("entity." + connection + ".pageInfo.endCursor").entity(String.class).get();
                    }
                }
                pages++;
            }
            while (more);
            var response = graphQl().documentName("entityConnections").variable("key", key).variable("first", 1).execute();
            for (var connection : ENTITY_CONNECTIONS) {
                var plain = response.path("entity." + connection.replace("Connection", "")).entityList(Object.class).get();
                assertThat(walked.get(connection)).as(key + " " + connection).isEqualTo(plain);
            }
            assertThat(walked.values()).as(key).anySatisfy(list -> assertThat(list).hasSizeGreaterThan(3));
        }
    }

    @Test
    void articleConnectionsPageItsStatementsAndMentions() {
        var key = GeneratedCorpus.CORPUS.article(0).article().key();
        var plain = graphQl().documentName("articleConnections").variable("key", key).variable("first", 500).execute();
        var statements = plain.path("article.statements[*].key").entityList(String.class).get();
        var mentions = plain.path("article.mentions[*].key").entityList(String.class).get();
        assertThat(statements).hasSize(GeneratedCorpus.STATEMENTS_PER_ARTICLE);
        assertThat(mentions).hasSizeGreaterThan(2);
        plain.path("article.statementsConnection.nodes[*].key").entityList(String.class).isEqualTo(statements);
        plain.path("article.mentionsConnection.totalCount").entity(Integer.class).isEqualTo(mentions.size());

        var firstPage = graphQl().documentName("articleConnections").variable("key", key).variable("first", 2).execute();
        firstPage.path("article.statementsConnection.nodes[*].key").entityList(String.class).isEqualTo(statements.subList(0, 2));
        firstPage.path("article.mentionsConnection.nodes[*].key").entityList(String.class).isEqualTo(mentions.subList(0, 2));
        firstPage.path("article.mentionsConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var after = firstPage.path("article.mentionsConnection.pageInfo.endCursor").entity(String.class).get();
        var secondPage = graphQl().documentName("articleConnections").variable("key", key).variable("first", 2).variable("after", after)
            .execute();
        secondPage.path("article.mentionsConnection.nodes[*].key").entityList(String.class)
            .isEqualTo(mentions.subList(2, Math.min(4, mentions.size())));
        secondPage.path("article.mentionsConnection.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void theTotalIsCountedOnlyWhenSelectedAndPagesFollowTheirCursor() {
        var key = busiestSpeaker();
        QueryCounter.reset();
        var page = graphQl().documentName("saidConnectionWithoutCount").variable("key", key).variable("first", 1).execute();
        assertThat(QueryCounter.statements()).noneMatch(cypher -> cypher.contains("count("));
        var after = page.path("entity.saidConnection.pageInfo.endCursor").entity(String.class).get();
        var expected = GeneratedCorpusStatements.saidBy(key);
        assertThat(expected).hasSizeGreaterThan(2);
        page.path("entity.saidConnection.nodes[*].key").entityList(String.class).isEqualTo(expected.subList(0, 1));
        graphQl().documentName("saidConnectionWithoutCount").variable("key", key).variable("first", 1).variable("after", after).execute()
            .path("entity.saidConnection.nodes[*].key").entityList(String.class).isEqualTo(expected.subList(1, 2));
    }

    @Test
    void aNegativeFirstOrAForeignCursorIsRefused() {
        graphQl().documentName("saidConnectionWithoutCount").variable("key", busiestSpeaker()).variable("first", -1).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("first cannot be negative")));
        graphQl().documentName("saidConnectionWithoutCount").variable("key", busiestSpeaker()).variable("after", "not-a-cursor").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("Not a cursor from this API")));
    }

    /** The statements a speaker made in the generated corpus, oldest first (the list's order: date, then key). */
    private static final class GeneratedCorpusStatements {

        static List<String> saidBy(String speaker) {
            var said = new ArrayList<ExtractedGraph.Statement>();
            for (int i = 0; i < GeneratedCorpus.ARTICLES; i++) {
                GeneratedCorpus.CORPUS.article(i).statements().stream().filter(s -> s.speaker().equals(speaker)).forEach(said::add);
            }
            said.sort(java.util.Comparator.comparing((ExtractedGraph.Statement s) -> s.date().value())
                .thenComparing(ExtractedGraph.Statement::key));
            return said.stream().map(ExtractedGraph.Statement::key).toList();
        }

    }

}
