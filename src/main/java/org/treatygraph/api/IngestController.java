package org.treatygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.treatygraph.article.RawArticle;
import org.treatygraph.graph.GraphReader;
import org.treatygraph.ingest.IngestReport;
import org.treatygraph.ingest.IngestService;

/** Ingestion mutations; refused input comes back as a FAILED payload with the reason, not as an error. */
@Controller
@PreAuthorize("hasRole('WRITER')")
class IngestController {

    record IngestArticleInput(String text, String source, String url, String published, String title) {
    }

    record IngestArticlesInput(List<IngestArticleInput> articles) {
    }

    private final IngestService ingest;

    private final GraphReader reader;

    IngestController(IngestService ingest, GraphReader reader) {
        this.ingest = ingest;
        this.reader = reader;
    }

    @MutationMapping
    public Map<String, Object> ingestArticle(@Argument IngestArticleInput input) {
        return ingestOne(input);
    }

    /** Each article in its own transaction, so one refusal spoils nothing else. */
    @MutationMapping
    public Map<String, Object> ingestArticles(@Argument IngestArticlesInput input) {
        var results = input.articles().stream().map(this::ingestOne).toList();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("results", results);
        payload.put("ingested", count(results, IngestReport.Status.INGESTED));
        payload.put("alreadyPresent", count(results, IngestReport.Status.ALREADY_PRESENT));
        payload.put("failed", count(results, IngestReport.Status.FAILED));
        return payload;
    }

    private static long count(List<Map<String, Object>> results, IngestReport.Status status) {
        return results.stream().filter(r -> status.name().equals(r.get("status"))).count();
    }

    private Map<String, Object> ingestOne(IngestArticleInput input) {
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
