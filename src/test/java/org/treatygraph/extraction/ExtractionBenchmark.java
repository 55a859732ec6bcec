package org.treatygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.treatygraph.article.Article;
import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.RawArticle;

/**
 * Extraction throughput, one thread, in articles per second, over the corpus articles of 2–4 KB
 * (parsed once beforehand: the benchmark measures extraction, not file reading). Run with
 * {@code ./mvnw test-compile exec:exec@extraction-benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = { "--enable-native-access=ALL-UNNAMED", "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 8, time = 3)
public class ExtractionBenchmark {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private final Extractor extractor = new Extractor();

    private List<Article> articles;

    private int next;

    /** The corpus pages of 2–4 KB, in file order: what both extraction benchmarks run over. */
    static List<String> corpusPages() throws IOException {
        var pages = new ArrayList<String>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                long size = Files.size(file);
                if (size >= 2_000 && size <= 4_200) {
                    pages.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("No 2-4 KB articles in " + CORPUS.toAbsolutePath());
        }
        return pages;
    }

    @Setup
    public void loadArticles() throws IOException {
        var parser = new ArticleParser();
        this.articles = new ArrayList<>();
        var pages = corpusPages();
        for (int i = 0; i < pages.size(); i++) {
            // Some corpus pages carry no year; the benchmark only needs a date to resolve against.
            this.articles.add(parser.parse(new RawArticle("article-" + i, pages.get(i), null, null, LocalDate.of(2025, 1, 1), null)));
        }
    }

    @Benchmark
    public ExtractedGraph extractOneArticle() {
        var article = this.articles.get(this.next);
        this.next = (this.next + 1) % this.articles.size();
        return this.extractor.extract(article);
    }

}
