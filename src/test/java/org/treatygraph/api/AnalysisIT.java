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

import static org.assertj.core.api.Assertions.assertThat;

/** The domain questions, on the bundled samples (real extraction) and the generated corpus. */
class AnalysisIT extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @BeforeEach
    void corpus() {
        GeneratedCorpus.ensureLoaded(this.writer);
    }

    private static List<ExtractedGraph> generated() {
        var graphs = new ArrayList<ExtractedGraph>();
        for (int i = 0; i < GeneratedCorpus.ARTICLES; i++) {
            graphs.add(GeneratedCorpus.CORPUS.article(i));
        }
        return graphs;
    }

    @Test
    void positionsListAnActorsStatementsAndActsOnATreatyOldestFirst() {
        // The sample articles: the United States withdrew from the INF Treaty.
        var response = graphQl().documentName("positions").variable("actor", "United States").variable("treaty", "INF Treaty").execute();
        response.path("positions[?(@.kind == 'ACT')].act").entityList(String.class).contains("WITHDREW_FROM");
        response.path("positions[?(@.kind == 'ACT')].articles[*].key").entityList(String.class)
            .satisfies(keys -> assertThat(keys).isNotEmpty());

        var treaty = SyntheticCorpus.treatyKey(0);
        var person = generated().stream().flatMap(g -> g.statements().stream())
            .filter(s -> s.about().contains(treaty) && s.speaker().startsWith("person/"))
            .findFirst().orElseThrow().speaker();
        var expected = generated().stream().flatMap(g -> g.statements().stream())
            .filter(s -> s.about().contains(treaty) && s.speaker().equals(person))
            .map(ExtractedGraph.Statement::key).toList();
        var timeline = graphQl().documentName("positions").variable("actor", person).variable("treaty", SyntheticCorpus.treatyName(0)).execute();
        timeline.path("positions[*].statement.key").entityList(String.class).containsExactly(expected.toArray(String[]::new));
        timeline.path("positions[*].date").entityList(String.class).satisfies(dates -> assertThat(dates).isSorted());
    }

    @Test
    void treatyStatusGivesEachStatesLatestActAsOfADate() {
        var asOf = "2010-01-25";
        Map<String, ExtractedGraph.Relationship> latest = new HashMap<>();
        var treaty = generated().stream().flatMap(g -> g.relationships().stream())
            .filter(r -> r.to().startsWith("treaty/") && r.date().value().compareTo(asOf) <= 0)
            .findFirst().orElseThrow().to();
        for (var graph : generated()) {
            for (var r : graph.relationships()) {
                if (r.to().equals(treaty) && r.date() != null && r.date().value().compareTo(asOf) <= 0) {
                    latest.merge(r.from(), r, (a, b) -> b.date().value().compareTo(a.date().value()) >= 0 ? b : a);
                }
            }
        }
        var response = graphQl().documentName("treatyStatus").variable("treaty", treaty).variable("asOf", asOf).execute();
        response.path("treatyStatus[*].state.key").entityList(String.class)
            .satisfies(keys -> assertThat(keys).isNotEmpty().containsExactlyInAnyOrderElementsOf(latest.keySet()));
        for (var entry : latest.entrySet()) {
            response.path("treatyStatus[?(@.state.key == '" + entry.getKey() + "')].act").entityList(String.class)
                .containsExactly(entry.getValue().type().name());
        }
        graphQl().documentName("treatyStatus").variable("treaty", "INF Treaty").execute()
            .path("treatyStatus[?(@.state.name == 'United States')].act").entityList(String.class).containsExactly("WITHDREW_FROM");
    }

    @Test
    void whoSaidCountsSpeakersOnASubject() {
        var treaty = SyntheticCorpus.treatyKey(9);
        Map<String, Integer> counts = new HashMap<>();
        generated().stream().flatMap(g -> g.statements().stream()).filter(s -> s.about().contains(treaty))
            .forEach(s -> counts.merge(s.speaker(), 1, Integer::sum));
        var top = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow();
        var response = graphQl().documentName("whoSaid").variable("about", "st-09").execute();
        response.path("whoSaid[*].speaker.key").entityList(String.class).hasSize(counts.size());
        response.path("whoSaid[0].statements").entity(Integer.class).isEqualTo(top.getValue());
        response.path("whoSaid[*].statements").entityList(Integer.class)
            .satisfies(values -> assertThat(values.stream().mapToInt(Integer::intValue).sum()).isEqualTo(counts.values().stream().mapToInt(i -> i).sum()));
        var first = response.path("whoSaid[0].first").entity(String.class).get();
        response.path("whoSaid[0].last").entity(String.class).satisfies(last -> assertThat(last).isGreaterThanOrEqualTo(first));
        graphQl().documentName("whoSaid").variable("about", "New START").execute()
            .path("whoSaid[*].speaker.name").entityList(String.class).contains("Sergey Ryabkov");
    }

    @Test
    void whoSaidWithoutDatesCountsTheSame() {
        var withDates = graphQl().documentName("whoSaid").variable("about", "st-09").execute()
            .path("whoSaid[*].statements").entityList(Integer.class).get();
        graphQl().documentName("whoSaidCounts").variable("about", "st-09").execute()
            .path("whoSaid[*].statements").entityList(Integer.class).isEqualTo(withDates);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pathConnectsASpeakerToATreatyThroughAStatement() {
        var response = graphQl().documentName("path").variable("from", "Ryabkov").variable("to", "New START").variable("maxHops", 2).execute();
        response.path("path[*].length").entityList(Integer.class).satisfies(lengths -> assertThat(lengths).isNotEmpty().containsOnly(2));
        response.path("path[*].nodes[0].key").entityList(String.class)
            .satisfies(keys -> assertThat(keys).containsOnly("person/sergey-ryabkov"));
        response.path("path[*].edges").entityList(List.class).satisfies(paths -> assertThat(paths)
            .anySatisfy(edges -> assertThat(((List<Map<String, Object>>) edges).stream().map(e -> e.get("type"))).containsExactly("SAID", "ABOUT")));
        graphQl().documentName("path").variable("from", "Ryabkov").variable("to", "New START").variable("maxHops", 99).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maxHops").contains("between 1 and 6")));
    }

    @Test
    void neighbourhoodReturnsNodesAndTheEdgesAmongThem() {
        var response = graphQl().documentName("neighbourhood").variable("key", "treaty/new-start").variable("depth", 2)
            .variable("labels", List.of("Statement", "Person", "Organization")).execute();
        var keys = response.path("neighbourhood.nodes[*].key").entityList(String.class).get();
        assertThat(keys).first().isEqualTo("treaty/new-start");
        assertThat(keys).contains("person/sergey-ryabkov");
        response.path("neighbourhood.nodes[*].label").entityList(String.class)
            .satisfies(labels -> assertThat(labels.subList(1, labels.size())).isSubsetOf("Statement", "Person", "Organization"));
        response.path("neighbourhood.edges[*]").entityList(Map.class).satisfies(edges -> {
            assertThat(edges).isNotEmpty();
            assertThat(edges).allSatisfy(edge -> assertThat(keys).contains((String) edge.get("from"), (String) edge.get("to")));
        });
    }

    @Test
    void searchStatementsRanksAndHighlights() {
        var response = graphQl().documentName("searchStatements").variable("text", "\"Synthetic Treaty 07\" AND verification").variable("first", 5)
            .execute();
        response.path("searchStatements[*].statement.text").entityList(String.class).satisfies(texts -> assertThat(texts).isNotEmpty()
            .allMatch(t -> t.contains("Synthetic Treaty 07") && t.contains("verification")));
        response.path("searchStatements[*].score").entityList(Double.class)
            .satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
        response.path("searchStatements[0].highlights[*]").entityList(String.class)
            .satisfies(h -> assertThat(String.join(" ", h)).contains("<em>verification</em>").contains("<em>Synthetic</em>"));
        graphQl().documentName("searchStatements").variable("text", "AND (").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("Lucene")));
    }

}
