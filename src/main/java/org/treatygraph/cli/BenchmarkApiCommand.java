package org.treatygraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.FileSystemUtils;

import org.treatygraph.benchmark.ApiBenchmark;
import org.treatygraph.benchmark.SyntheticCorpus;
import org.treatygraph.graph.GraphWriter;

/**
 * Generates a synthetic corpus in a throw-away embedded database, starts the server on a random port,
 * and compares five analyst questions through GraphQL with hand-written Cypher (see {@link ApiBenchmark}).
 */
@Command(name = "benchmark-api", mixinStandardHelpOptions = true,
        description = "Benchmark the GraphQL API against hand-written Cypher on a generated corpus (temporary database).")
final class BenchmarkApiCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Synthetic articles to generate (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--statements-per-article", defaultValue = "5", description = "Statements per article (default ${DEFAULT-VALUE}).")
    int statementsPerArticle;

    @Option(names = "--warmup", defaultValue = "500",
            description = "Unmeasured rounds of every question on both sides, before anything is measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "300",
            description = "Measured requests per question and side, the two sides interleaved (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--data-dir", description = "Keep the generated database here and reuse it on the next run "
            + "(default: a temporary directory, deleted afterwards).")
    Path keptDataDir;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        var dataDir = this.keptDataDir != null ? this.keptDataDir : Files.createTempDirectory("treatygraph-benchmark-");
        var args = new ArrayList<>(List.of("--server.port=0", "--treatygraph.embedded.data-dir=" + dataDir,
                "--treatygraph.embedded.bolt-port=0", "--treatygraph.ingest.load-samples=false", "--logging.level.root=warn",
                "--treatygraph.embedded.transaction-timeout=300s"));
        args.addAll(this.springArgs);
        try (var context = new SpringApplicationBuilder(TreatygraphCommand.application).logStartupInfo(false).run(args.toArray(String[]::new))) {
            var out = System.out;
            var corpus = new SyntheticCorpus(this.statementsPerArticle, 2026);
            var writer = context.getBean(GraphWriter.class);
            long start = System.nanoTime();
            // Writing an article that is already there is a cheap no-op, so a kept database is only topped up.
            for (int i = 0; i < this.articles; i++) {
                writer.write(corpus.article(i));
                if ((i + 1) % 1000 == 0) {
                    out.printf(Locale.ROOT, "  generated %d articles (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            var driver = context.getBean(Driver.class);
            long statements;
            try (var session = driver.session()) {
                statements = session.run("MATCH (s:Statement) RETURN count(s)").single().get(0).asLong();
            }
            out.printf(Locale.ROOT, "Corpus: %d articles, %d statements, %d states, %d people, %d treaties, written in %.0f s%n", this.articles,
                    statements, SyntheticCorpus.STATES, SyntheticCorpus.PEOPLE, SyntheticCorpus.TREATIES, (System.nanoTime() - start) / 1e9);
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            out.printf(Locale.ROOT, "Measuring (%d warm-up rounds, then %d requests per question and side, interleaved, one at a time):%n",
                    this.warmup, this.iterations);
            var benchmark = new ApiBenchmark(port, driver);
            var rows = benchmark.run(ApiBenchmark.questions(), this.warmup, this.iterations, out);
            var floor = benchmark.floor(this.iterations);
            out.println();
            out.print(ApiBenchmark.table(rows));
            out.printf(Locale.ROOT, "%nHTTP + GraphQL floor, %s: p50 %.1f ms, p95 %.1f ms%n", ApiBenchmark.FLOOR, floor.p50(), floor.p95());
            return 0;
        }
        finally {
            if (this.keptDataDir == null) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }

}
