package org.treatygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import org.treatygraph.article.RawArticle;
import org.treatygraph.graph.GraphReader;

/**
 * Loads the sample articles bundled in the application ({@code samples/*.txt}) when it starts on an
 * empty database, so a new user sees a graph at once. An existing graph is never touched.
 */
@Component
class SampleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private final IngestProperties properties;

    private final GraphReader reader;

    private final IngestService ingest;

    SampleLoader(IngestProperties properties, GraphReader reader, IngestService ingest) {
        this.properties = properties;
        this.reader = reader;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!this.properties.loadSamples() || this.reader.articleCount() > 0) {
            return;
        }
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        var results = new java.util.ArrayList<IngestReport.Item>();
        for (var resource : resolver.getResources("classpath*:samples/*.txt")) {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            results.add(this.ingest.ingest(RawArticle.ofText("samples/" + resource.getFilename(), text)));
        }
        log.info("Empty database: loaded the bundled sample articles: {}", new IngestReport(results).summary());
    }

}
