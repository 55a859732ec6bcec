package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The JSON form of an {@link ExtractedGraph}: the contract the {@code extract} command prints (see README). */
public final class ExtractionJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractionJson() {
    }

    public static String toJson(ExtractedGraph graph) {
        return JSON.writeValueAsString(toMap(graph));
    }

    public static Map<String, Object> toMap(ExtractedGraph graph) {
        var article = graph.article();
        var articleMap = new LinkedHashMap<String, Object>();
        articleMap.put("key", article.key());
        articleMap.put("source", article.source());
        articleMap.put("published", article.published() == null ? null : article.published().toString());
        if (article.dateline() != null) {
            var dateline = new LinkedHashMap<String, Object>();
            dateline.put("place", article.dateline().place());
            dateline.put("date", article.dateline().date() == null ? null : article.dateline().date().toString());
            articleMap.put("dateline", dateline);
        }
        else {
            articleMap.put("dateline", null);
        }
        articleMap.put("title", article.title());
        var entities = new ArrayList<Map<String, Object>>();
        for (var entity : graph.entities()) {
            var map = new LinkedHashMap<String, Object>();
            map.put("key", entity.key());
            map.put("label", entity.label().name());
            map.put("name", entity.name());
            map.put("aliases", entity.aliases());
            map.put("properties", entity.properties());
            map.put("mentions", entity.mentions().stream().map(ExtractionJson::span).toList());
            entities.add(map);
        }
        var statements = new ArrayList<Map<String, Object>>();
        for (var statement : graph.statements()) {
            var map = new LinkedHashMap<String, Object>();
            map.put("key", statement.key());
            map.put("speaker", statement.speaker());
            map.put("about", statement.about());
            map.put("stance", statement.stance().name());
            map.put("cue", statement.cue());
            map.put("kind", statement.kind().name());
            map.put("text", statement.text());
            map.put("start", statement.start());
            map.put("end", statement.end());
            map.put("date", statement.date() == null ? null : statement.date().value());
            statements.add(map);
        }
        var relationships = new ArrayList<Map<String, Object>>();
        for (var relationship : graph.relationships()) {
            var map = new LinkedHashMap<String, Object>();
            map.put("type", relationship.type().name());
            map.put("from", relationship.from());
            map.put("to", relationship.to());
            map.put("date", relationship.date() == null ? null : relationship.date().value());
            map.put("datePrecision", relationship.date() == null ? null : relationship.date().precision().name());
            map.put("start", relationship.start());
            map.put("end", relationship.end());
            map.put("properties", relationship.properties());
            relationships.add(map);
        }
        var root = new LinkedHashMap<String, Object>();
        root.put("article", articleMap);
        root.put("entities", entities);
        root.put("statements", statements);
        root.put("relationships", relationships);
        return root;
    }

    /** Start, then end: a map literal would order them differently on each run, and the output must not vary. */
    private static Map<String, Object> span(ExtractedGraph.Span span) {
        var map = new LinkedHashMap<String, Object>();
        map.put("start", span.start());
        map.put("end", span.end());
        return map;
    }

}
