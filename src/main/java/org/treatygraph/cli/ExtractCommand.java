package org.treatygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.ArticleReader;
import org.treatygraph.extraction.ExtractionJson;
import org.treatygraph.extraction.Extractor;

/** Prints the extracted graph of each article as JSON (JSON Lines for several), touching no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the graph extracted from each article as JSON, one object per line. No database is used.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .jsonl) or folders.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    enum Format {

        json

    }

    @Override
    public Integer call() {
        var extractor = new Extractor();
        var parser = new ArticleParser();
        int failures = 0;
        for (var item : new ArticleReader(50L * 1024 * 1024).read(this.files)) {
            if (item.error() != null) {
                System.err.println("error: " + item.error().getMessage());
                failures++;
                continue;
            }
            try {
                System.out.println(ExtractionJson.toJson(extractor.extract(parser.parse(item.article()))));
            }
            catch (RuntimeException ex) {
                System.err.println("error: " + item.article().origin() + ": " + ex.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

}
