package org.treatygraph.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.treatygraph.graph.GraphWriter;
import org.treatygraph.support.GeneratedCorpus;
import org.treatygraph.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's questions still run on both sides (a few requests, on the test corpus): no figures are judged. */
class ApiBenchmarkIT extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @BeforeEach
    void corpus() {
        GeneratedCorpus.ensureLoaded(this.writer);
    }

    @Test
    void everyQuestionIsAnsweredThroughGraphQlAndCypherAndTabulated() {
        var log = new ByteArrayOutputStream();
        var benchmark = new ApiBenchmark(this.port, this.driver);
        var rows = benchmark.run(ApiBenchmark.questions(), 1, 3, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            assertThat(row.graphQl().p50()).isPositive();
            assertThat(row.cypher().perSecond()).isPositive();
        });
        assertThat(benchmark.floor(3).p50()).isPositive();
        assertThat(ApiBenchmark.table(rows).lines()).hasSize(7).anySatisfy(line -> assertThat(line).startsWith("| position timeline |"));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("warming up", "full-text search");
    }

}
