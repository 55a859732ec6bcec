package org.treatygraph.api;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;

import org.treatygraph.graph.GraphWriter;
import org.treatygraph.graph.ReadQueries;
import org.treatygraph.support.GeneratedCorpus;
import org.treatygraph.support.IntegrationTest;
import org.treatygraph.support.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Cost control: batched loading (no N+1), depth and complexity limits, and the transaction timeout. */
class LimitsIT extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @Autowired
    ReadQueries reads;

    @BeforeEach
    void corpus() {
        GeneratedCorpus.ensureLoaded(this.writer);
    }

    private int queriesFor(int first) {
        QueryCounter.reset();
        graphQl().documentName("nestedStatements").variable("where", Map.of("text_contains", "synthetic")).variable("first", first).execute()
            .path("statements.edges").entityList(Object.class).hasSize(first);
        return QueryCounter.count();
    }

    @Test
    void aThreeLevelNestedQueryCostsOneCypherQueryPerField() {
        int forTen = queriesFor(10);
        int forHundred = queriesFor(100);
        // One for the page, then one per edge field (speaker, facts, said, said.about, statementsAbout, about,
        // about.articles, reportedIn), whatever the number of statements. GraphQL Java may dispatch a loader in
        // two rounds when its keys arrive at different times (seen for statementsAbout): 10 is the observed ceiling.
        assertThat(forHundred).as(String.join("\n", QueryCounter.statements())).isEqualTo(forTen).isLessThanOrEqualTo(10);
    }

    private int connectionQueriesFor(int first) {
        QueryCounter.reset();
        graphQl().documentName("nestedConnections").variable("where", Map.of("text_contains", "synthetic")).variable("first", first).execute()
            .path("statements.edges").entityList(Object.class).hasSize(first);
        return QueryCounter.count();
    }

    @Test
    void nestedConnectionsWithCursorsAndCountsCostTheSameForTenOrAHundredParents() {
        int forTen = connectionQueriesFor(10);
        int forHundred = connectionQueriesFor(100);
        // The page, then one query per edge field (speaker, saidConnection with its counts, about,
        // statementsAboutConnection with its counts): every parent of a level asks for the same page.
        assertThat(forHundred).as(String.join("\n", QueryCounter.statements())).isEqualTo(forTen).isLessThanOrEqualTo(5);
    }

    @Test
    void tooDeepAndTooComplexQueriesAreRefusedBeforeRunningAndTheServerStaysUp() {
        long start = System.nanoTime();
        graphQl().documentName("tooDeep").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded")));
        graphQl().documentName("tooComplex").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maximum query complexity exceeded")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        graphQl().documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.key").entity(String.class).isEqualTo("treaty/new-start");
    }

    @Test
    void aRunawayQueryIsStoppedByTheTransactionTimeoutAndReportedAsSuch() {
        long start = System.nanoTime();
        Neo4jException timeout;
        try (var session = this.driver.session()) {
            timeout = catchThrowableOfType(Neo4jException.class,
                    () -> session.run("UNWIND range(1, 4000000000) AS x WITH x WHERE x % 3 = 7 RETURN count(*)").consume());
        }
        // The test context sets treatygraph.embedded.transaction-timeout=5s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(ApiExceptionResolver.timeout(timeout)).as(String.valueOf(timeout)).isNotNull();
        graphQl().documentName("treatyStatements").variable("name", "New START").execute()
            .path("treaty.key").entity(String.class).isEqualTo("treaty/new-start");
    }

    @Test
    void aRunawayReadOfTheApiIsStoppedByTheSameTimeoutAndReportedAsSuch() {
        long start = System.nanoTime();
        var timeout = catchThrowableOfType(RuntimeException.class,
                () -> this.reads.rows("UNWIND range(1, 4000000000) AS x WITH x WHERE x % 3 = 7 RETURN count(*) AS n", Map.of()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(ApiExceptionResolver.timeout(timeout)).as(String.valueOf(timeout)).isNotNull();
    }

}
