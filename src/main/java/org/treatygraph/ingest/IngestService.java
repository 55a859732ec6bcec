package org.treatygraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import org.treatygraph.article.ArticleException;
import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.ArticleReader;
import org.treatygraph.article.RawArticle;
import org.treatygraph.extraction.Extractor;
import org.treatygraph.graph.GraphWriter;

/** Ingests articles: each is parsed, extracted and written on its own, so one bad item spoils nothing else. */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ArticleReader reader;

    private final ArticleParser parser = new ArticleParser();

    private final Extractor extractor;

    private final GraphWriter writer;

    IngestService(IngestProperties properties, Extractor extractor, GraphWriter writer) {
        this.reader = new ArticleReader(properties.maxArticleSize().toBytes());
        this.extractor = extractor;
        this.writer = writer;
    }

    /** Reads and ingests files and folders; {@code progress} is told after each item (for a progress bar). */
    public IngestReport ingestPaths(List<Path> paths, Consumer<Integer> sizeKnown, Runnable progress) {
        var items = this.reader.read(paths);
        sizeKnown.accept(items.size());
        var results = new ArrayList<IngestReport.Item>();
        for (var item : items) {
            results.add(item.error() != null ? failed(item.error()) : ingest(item.article()));
            progress.run();
        }
        return new IngestReport(results);
    }

    /** Ingests JSON Lines given as text (e.g. a request body); {@code origin} names it in errors. */
    public IngestReport ingestJsonLines(String origin, String body) {
        var results = new ArrayList<IngestReport.Item>();
        for (var item : this.reader.readJsonLines(origin, body.lines().toList())) {
            results.add(item.error() != null ? failed(item.error()) : ingest(item.article()));
        }
        return new IngestReport(results);
    }

    /** Ingests one article; never throws for bad input, it reports it. */
    public IngestReport.Item ingest(RawArticle raw) {
        try {
            var article = this.parser.parse(raw);
            if (article.published() == null) {
                throw new ArticleException(raw.origin(), "no header: cannot tell when the article was published (expected "
                        + "a first line like \" date 2024-07-08 MOSCOW, July 8. /TASS/.\", a dated dateline, or \"published\" in JSON)");
            }
            var graph = this.extractor.extract(article);
            var outcome = this.writer.write(graph);
            var status = outcome == GraphWriter.Outcome.WRITTEN ? IngestReport.Status.INGESTED : IngestReport.Status.ALREADY_PRESENT;
            return new IngestReport.Item(raw.origin(), status, article.key(), null);
        }
        catch (ArticleException ex) {
            return failed(ex);
        }
        catch (RuntimeException ex) {
            // The transaction has rolled back: nothing of this article is in the graph.
            log.warn("Ingesting {} failed", raw.origin(), ex);
            return new IngestReport.Item(raw.origin(), IngestReport.Status.FAILED, null,
                    "could not be written: " + ex.getMessage());
        }
    }

    private static IngestReport.Item failed(ArticleException error) {
        return new IngestReport.Item(error.origin(), IngestReport.Status.FAILED, null, error.reason());
    }

}
