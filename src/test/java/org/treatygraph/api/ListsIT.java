package org.treatygraph.api;

import java.util.ArrayList;
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

/** Connections: filters, order, cursors both ways and lazy counts, checked against the generated corpus. */
class ListsIT extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @BeforeEach
    void corpus() {
        GeneratedCorpus.ensureLoaded(this.writer);
    }

    /** What the generator wrote, to compute expected answers independently of the database. */
    private static List<ExtractedGraph.Statement> generatedStatements() {
        var statements = new ArrayList<ExtractedGraph.Statement>();
        for (int i = 0; i < GeneratedCorpus.ARTICLES; i++) {
            statements.addAll(GeneratedCorpus.CORPUS.article(i).statements());
        }
        return statements;
    }

    @Test
    void filtersCombineWithAndOrNotAndCountMatchesTheGeneratedCorpus() {
        var treaty = SyntheticCorpus.treatyKey(3);
        var expected = generatedStatements().stream()
            .filter(s -> s.about().contains(treaty))
            .filter(s -> s.stance().name().equals("opposes") || s.stance().name().equals("conditional"))
            .filter(s -> !s.speaker().startsWith("state/"))
            .count();
        var where = Map.of("about", SyntheticCorpus.treatyName(3).toUpperCase(),
                "OR", List.of(Map.of("stance", "opposes"), Map.of("stance", "conditional")),
                "NOT", Map.of("speakerLabel", "State"));
        var response = graphQl().documentName("statementsPage").variable("where", where).variable("first", 500).execute();
        response.path("statements.totalCount").entity(Long.class).isEqualTo(expected);
        response.path("statements.edges").entityList(Object.class).hasSize((int) expected);
        response.path("statements.edges[*].node.stance").entityList(String.class)
            .satisfies(stances -> assertThat(stances).allMatch(s -> s.equals("opposes") || s.equals("conditional")));
        response.path("statements.edges[*].node.speaker.label").entityList(String.class)
            .satisfies(labels -> assertThat(labels).containsOnly("Person"));
    }

    @Test
    void nestedListsTakeFirstAndKeepTheirOrder() {
        var treaty = SyntheticCorpus.treatyKey(5);
        var all = graphQl().documentName("treatyStatementsFirst").variable("treaty", treaty).execute()
            .path("treaty.statementsAbout[*].key").entityList(String.class).get();
        assertThat(all).hasSizeGreaterThan(4);
        graphQl().documentName("treatyStatementsFirst").variable("treaty", treaty).variable("first", 4).execute()
            .path("treaty.statementsAbout[*].key").entityList(String.class).containsExactly(all.subList(0, 4).toArray(String[]::new));
    }

    @Test
    void forwardAndBackwardCursorsWalkTheSameOrderedList() {
        var where = Map.<String, Object>of("about", SyntheticCorpus.treatyKey(5));
        var all = graphQl().documentName("statementsPage").variable("where", where).variable("first", 500).execute()
            .path("statements.edges[*].node.key").entityList(String.class).get();
        assertThat(all).hasSizeGreaterThan(6);

        var firstPage = graphQl().documentName("statementsPage").variable("where", where).variable("first", 3).execute();
        firstPage.path("statements.edges[*].node.key").entityList(String.class).containsExactly(all.subList(0, 3).toArray(String[]::new));
        firstPage.path("statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        firstPage.path("statements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        var endCursor = firstPage.path("statements.pageInfo.endCursor").entity(String.class).get();

        var secondPage = graphQl().documentName("statementsPage").variable("where", where).variable("first", 3).variable("after", endCursor)
            .execute();
        secondPage.path("statements.edges[*].node.key").entityList(String.class).containsExactly(all.subList(3, 6).toArray(String[]::new));
        secondPage.path("statements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        var lastPage = graphQl().documentName("statementsPage").variable("where", where).variable("last", 2).execute();
        lastPage.path("statements.edges[*].node.key").entityList(String.class)
            .containsExactly(all.subList(all.size() - 2, all.size()).toArray(String[]::new));
        lastPage.path("statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        var startCursor = lastPage.path("statements.pageInfo.startCursor").entity(String.class).get();

        var beforeLast = graphQl().documentName("statementsPage").variable("where", where).variable("last", 2).variable("before", startCursor)
            .execute();
        beforeLast.path("statements.edges[*].node.key").entityList(String.class)
            .containsExactly(all.subList(all.size() - 4, all.size() - 2).toArray(String[]::new));
    }

    @Test
    void orderByDateDescendingReversesTheDates() {
        var where = Map.<String, Object>of("about", SyntheticCorpus.treatyKey(1));
        graphQl().documentName("statementsPage").variable("where", where).variable("orderBy", "DATE_DESC").variable("first", 50).execute()
            .path("statements.edges[*].node.date").entityList(String.class)
            .satisfies(dates -> assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a)));
    }

    @Test
    void dateRangeAndKeyFiltersAreInclusive() {
        var statements = generatedStatements();
        var key = statements.get(7).key();
        graphQl().documentName("statementsPage").variable("where", Map.of("key_in", List.of(key, "statement/none"))).execute()
            .path("statements.totalCount").entity(Long.class).isEqualTo(1L);
        var day = statements.get(7).date().value();
        var sameDay = statements.stream().filter(s -> s.date().value().equals(day)).count();
        graphQl().documentName("statementsPage")
            .variable("where", Map.of("date_gte", day, "date_lte", day, "text_contains", "SYNTH")).execute()
            .path("statements.totalCount").entity(Long.class).isEqualTo(sameDay);
    }

    @Test
    void totalCountIsOnlyCountedWhenSelected() {
        var where = Map.<String, Object>of("about", SyntheticCorpus.treatyKey(2));
        QueryCounter.reset();
        graphQl().documentName("statementsWithoutCount").variable("where", where).variable("first", 5).execute()
            .path("statements.nodes").entityList(Object.class).hasSize(5);
        int withoutCount = QueryCounter.count();
        var withoutCountCypher = String.join("\n", QueryCounter.statements());
        QueryCounter.reset();
        graphQl().documentName("statementsPage").variable("where", where).variable("first", 5).execute();
        var withCount = QueryCounter.statements();
        assertThat(withoutCount).isEqualTo(1);
        assertThat(withoutCountCypher).doesNotContain("count(").doesNotContain("size(matching)");
        // Page and total in one query, then speaker and about (one batched query each).
        assertThat(withCount).hasSize(3);
        assertThat(withCount.getFirst()).contains("size(matching) AS total");
    }

    @Test
    void entityListsFilterByNameLabelAndAlias() {
        graphQl().documentName("entities").variable("where", Map.of("name_startsWith", "synthland", "label", "State")).variable("first", 500)
            .execute()
            .path("entities.totalCount").entity(Long.class).isEqualTo((long) SyntheticCorpus.STATES);
        graphQl().documentName("entities").variable("where", Map.of("name", "st-04")).execute()
            .path("entities.nodes[*].key").entityList(String.class).containsExactly(SyntheticCorpus.treatyKey(4));
        var names = graphQl().documentName("entities")
            .variable("where", Map.of("label_in", List.of("Treaty"), "name_contains", "synthetic"))
            .variable("orderBy", "NAME_DESC").variable("first", 3).execute()
            .path("entities.nodes[*].name").entityList(String.class).get();
        assertThat(names).containsExactly(SyntheticCorpus.treatyName(14), SyntheticCorpus.treatyName(13), SyntheticCorpus.treatyName(12));
    }

    @Test
    void perLabelListsAndArticleFilters() {
        var response = graphQl().documentName("statesByLabel").variable("where", Map.of("key", SyntheticCorpus.stateKey(7))).execute();
        response.path("states.totalCount").entity(Long.class).isEqualTo(1L);
        response.path("states.nodes[0].iso").entity(String.class).isEqualTo("S7");
        response.path("treaties.nodes[*].key").entityList(String.class).contains("treaty/new-start", SyntheticCorpus.treatyKey(0));
        response.path("persons.nodes[*].role").entityList(String.class).satisfies(roles -> assertThat(roles).isNotEmpty().containsOnly("Minister"));

        graphQl().documentName("articles").variable("where", Map.of("source", "SYNTH-1", "published_lte", "2010-01-12"))
            .variable("orderBy", "PUBLISHED_ASC").execute()
            .path("articles.nodes[*].key").entityList(String.class)
            .containsExactly("synth00000000001", "synth00000000004", "synth00000000007", "synth00000000010");
    }

    @Test
    void unknownCursorsAndBadFilterValuesAreClearErrors() {
        graphQl().documentName("statementsPage").variable("after", "bm90LWEtY3Vyc29y").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("Not a cursor")));
        graphQl().documentName("statementsPage").variable("where", Map.of("date_gte", "yesterday")).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("where.date_gte")));
        graphQl().documentName("statementsPage").variable("first", 2).variable("last", 2).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("not both")));
    }

}
