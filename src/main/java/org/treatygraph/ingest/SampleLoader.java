package org.treatygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import org.treatygraph.article.RawArticle;
import org.treatygraph.graph.GraphReader;

/**
 * Loads the sample articles bundled in the application ({@code samples/*.txt}) when it starts on an
 * empty database, so a new user sees a graph at once. An existing graph is never touched.
 * <p>
 * It is a lifecycle phase that runs before the web server's, not an {@code ApplicationRunner}: a
 * runner starts after the port is open, and a query sent in those first seconds found an empty graph.
 */
@Component
class SampleLoader implements SmartLifecycle {

    /** Just before the phase in which the web server starts and opens its port. */
    private static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private final IngestProperties properties;

    private final GraphReader reader;

    private final IngestService ingest;

    private volatile boolean running;

    SampleLoader(IngestProperties properties, GraphReader reader, IngestService ingest) {
        this.properties = properties;
        this.reader = reader;
        this.ingest = ingest;
    }

    @Override
    public void start() {
        this.running = true;
        if (this.properties.loadSamples() && this.reader.articleCount() == 0) {
            try {
                loadSamples();
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot read the bundled sample articles", ex);
            }
        }
    }

    @Override
    public void stop() {
        this.running = false;
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void loadSamples() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        var results = new java.util.ArrayList<IngestReport.Item>();
        for (var resource : resolver.getResources("classpath*:samples/*.txt")) {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            results.add(this.ingest.ingest(RawArticle.ofText("samples/" + resource.getFilename(), text)));
        }
        log.info("Empty database: loaded the bundled sample articles: {}", new IngestReport(results).summary());
    }

}
