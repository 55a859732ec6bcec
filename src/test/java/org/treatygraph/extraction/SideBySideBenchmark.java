package org.treatygraph.extraction;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of the extractor compared in one JVM: each is loaded from its own classes folder, and they run
 * in alternation over the same corpus articles of 2–4 KB, timed in thread CPU time. The machine's speed
 * drifts by up to 20% within a day, which makes two JMH runs hours apart a poor comparison; alternating
 * rounds in one process see the same drift. Run with
 * {@code ./mvnw test-compile exec:exec@extraction-side-by-side -Dbaseline=OTHER/target/classes}, where the
 * other build is, for example, a {@code git worktree} of an earlier commit compiled with {@code ./mvnw compile}.
 */
public final class SideBySideBenchmark {

    private static final int ROUNDS = 40;

    private static final int WARM_UP_ROUNDS = 5;

    private record Build(String name, Object extractor, Method extract, List<Object> articles) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || args[0].isBlank() || !Files.isDirectory(Path.of(args[0]))
                || !Files.isDirectory(Path.of(args[1]))) {
            throw new IllegalArgumentException("Give the classes folder of the build to compare with: "
                    + "-Dbaseline=OTHER/target/classes (arguments were " + List.of(args) + ")");
        }
        var texts = ExtractionBenchmark.corpusPages();
        var builds = List.of(load("baseline", Path.of(args[0]), texts), load("candidate", Path.of(args[1]), texts));
        var threads = ManagementFactory.getThreadMXBean();
        var rates = new double[2];
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < 2; turn++) {
                // Who goes first alternates, so neither build always runs on a just-collected heap.
                int which = (round + turn) % 2;
                var build = builds.get(which);
                long started = threads.getCurrentThreadCpuTime();
                for (var article : build.articles()) {
                    build.extract().invoke(build.extractor(), article);
                }
                double seconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
                if (round >= WARM_UP_ROUNDS) {
                    rates[which] += build.articles().size() / seconds;
                }
            }
        }
        int measured = ROUNDS - WARM_UP_ROUNDS;
        System.out.printf("%d articles of 2-4 KB, %d rounds each after %d of warm-up%n", texts.size(), measured, WARM_UP_ROUNDS);
        System.out.printf("baseline  %s: %.0f articles/s (CPU time)%n", args[0], rates[0] / measured);
        System.out.printf("candidate %s: %.0f articles/s (CPU time)%n", args[1], rates[1] / measured);
        System.out.printf("candidate / baseline: %.3f%n", rates[1] / rates[0]);
    }

    /** One build's extractor and parsed articles, from its own class loader over the shared libraries. */
    private static Build load(String name, Path classes, List<String> texts) throws Exception {
        var urls = new ArrayList<URL>();
        urls.add(classes.toUri().toURL());
        for (var entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            // The libraries both builds share; never this build's own classes.
            if (entry.endsWith(".jar")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        var loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        var parserClass = loader.loadClass("org.treatygraph.article.ArticleParser");
        var rawClass = loader.loadClass("org.treatygraph.article.RawArticle");
        var articleClass = loader.loadClass("org.treatygraph.article.Article");
        var extractorClass = loader.loadClass("org.treatygraph.extraction.Extractor");
        var parser = parserClass.getConstructor().newInstance();
        var parse = parserClass.getMethod("parse", rawClass);
        var raw = rawClass.getConstructor(String.class, String.class, String.class, String.class, LocalDate.class, String.class);
        var articles = new ArrayList<Object>();
        for (int i = 0; i < texts.size(); i++) {
            // As in ExtractionBenchmark: some pages carry no year; a date to resolve against is all that is needed.
            articles.add(parse.invoke(parser, raw.newInstance("article-" + i, texts.get(i), null, null, LocalDate.of(2025, 1, 1), null)));
        }
        var extractor = extractorClass.getConstructor().newInstance();
        return new Build(name, extractor, extractorClass.getMethod("extract", articleClass), articles);
    }

}
