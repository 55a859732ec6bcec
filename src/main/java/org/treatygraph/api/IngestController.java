package org.treatygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import org.treatygraph.article.RawArticle;
import org.treatygraph.graph.GraphReader;
import org.treatygraph.ingest.IngestReport;
import org.treatygraph.ingest.IngestService;

/** Ingestion mutations; refused input comes back as a FAILED payload with the reason, not as an error. */
@Controller
class IngestController {

    record IngestArticleInput(String text, String source, String url, String published, String title) {
    }

    private final IngestService ingest;

    private final GraphReader reader;

    IngestController(IngestService ingest, GraphReader reader) {
        this.ingest = ingest;
        this.reader = reader;
    }

    @MutationMapping
    Map<String, Object> ingestArticle(@Argument IngestArticleInput input) {
        LocalDate published;
        try {
            published = input.published() == null || input.published().isBlank() ? null : LocalDate.parse(input.published());
        }
        catch (DateTimeParseException ex) {
            return payload(new IngestReport.Item("input", IngestReport.Status.FAILED, null,
                    "published is not an ISO date: " + input.published()));
        }
        var item = this.ingest.ingest(new RawArticle("input", input.text(), input.source(), input.url(), published, input.title()));
        return payload(item);
    }

    private Map<String, Object> payload(IngestReport.Item item) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("status", item.status().name());
        payload.put("article", item.key() == null ? null : this.reader.article(item.key()).orElse(null));
        payload.put("error", item.error());
        return payload;
    }

}
