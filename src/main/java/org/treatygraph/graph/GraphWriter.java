package org.treatygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatygraph.extraction.EntityLabel;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.extraction.PartialDate;

/**
 * The one place that writes extracted graphs to Neo4j. Each article is written in one transaction:
 * it is in the graph whole or not at all. Nodes are MERGEd on business keys, so two articles naming
 * Russia meet at one Russia node; an article already present (same content hash) is left untouched.
 * Relationship facts are MERGEd on (type, ends, date) and collect evidence from every article that
 * reports them.
 */
@Component
public class GraphWriter {

    /** What writing one article did. */
    public enum Outcome {

        WRITTEN, ALREADY_PRESENT

    }

    private final Neo4jClient neo4j;

    private final TransactionTemplate transactions;

    GraphWriter(Neo4jClient neo4j, PlatformTransactionManager transactionManager, SchemaMigrations schema) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public Outcome write(ExtractedGraph graph) {
        return this.transactions.execute(status -> {
            var article = graph.article();
            boolean exists = this.neo4j.query("MATCH (a:Article {key: $key}) RETURN count(a) > 0 AS present")
                .bind(article.key()).to("key")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
            if (exists) {
                return Outcome.ALREADY_PRESENT;
            }
            var redirected = redirectMergedKeys(graph);
            writeArticle(redirected);
            writeEntities(redirected);
            writeStatements(redirected);
            writeRelationships(redirected);
            return Outcome.WRITTEN;
        });
    }

    private void writeArticle(ExtractedGraph graph) {
        var article = graph.article();
        var properties = new HashMap<String, Object>();
        properties.put("key", article.key());
        properties.put("source", article.source());
        properties.put("url", article.url());
        properties.put("published", article.published());
        properties.put("datelinePlace", article.dateline() == null ? null : article.dateline().place());
        properties.put("datelineDate", article.dateline() == null ? null : article.dateline().date());
        properties.put("title", article.title());
        properties.put("text", article.text());
        this.neo4j.query("CREATE (a:Article) SET a = $properties, a.ingestedAt = datetime()")
            .bind(properties).to("properties")
            .run();
    }

    private void writeEntities(ExtractedGraph graph) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var entity : graph.entities()) {
            var row = new HashMap<String, Object>();
            row.put("key", entity.key());
            row.put("label", entity.label().name());
            row.put("name", entity.name());
            row.put("aliases", entity.aliases());
            row.put("properties", scalarProperties(entity.properties()));
            row.put("offsets", entity.mentions().stream().map(m -> m.start() + "-" + m.end()).toList());
            rows.add(row);
        }
        this.neo4j.query("""
                MATCH (a:Article {key: $article})
                UNWIND $rows AS row
                MERGE (n:$(row.label) {key: row.key})
                  ON CREATE SET n.name = row.name, n += row.properties, n.createdAt = datetime()
                WITH a, row, n, reduce(acc = coalesce(n.aliases, []), alias IN row.aliases |
                       CASE WHEN alias IN acc OR alias = n.name THEN acc ELSE acc + alias END) AS aliases
                SET n.aliases = aliases, n.aliasText = reduce(s = '', alias IN aliases | s + ' ' + alias)
                MERGE (a)-[m:MENTIONS]->(n)
                SET m.count = size(row.offsets), m.offsets = row.offsets
                """)
            .bind(graph.article().key()).to("article")
            .bind(rows).to("rows")
            .run();
    }

    private void writeStatements(ExtractedGraph graph) {
        var labels = labelsByKey(graph);
        var rows = new ArrayList<Map<String, Object>>();
        for (var statement : graph.statements()) {
            var row = new HashMap<String, Object>();
            row.put("key", statement.key());
            row.put("speaker", statement.speaker());
            row.put("speakerLabel", labels.get(statement.speaker()));
            row.put("text", statement.text());
            row.put("kind", statement.kind().name());
            row.put("stance", statement.stance().name());
            row.put("cue", statement.cue());
            putDate(row, statement.date());
            row.put("start", statement.start());
            row.put("end", statement.end());
            var about = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < statement.about().size(); i++) {
                var key = statement.about().get(i);
                if (labels.containsKey(key)) {
                    about.add(Map.of("key", key, "label", labels.get(key), "main", i == 0));
                }
            }
            row.put("about", about);
            if (row.get("speakerLabel") != null) {
                rows.add(row);
            }
        }
        this.neo4j.query("""
                MATCH (a:Article {key: $article})
                UNWIND $rows AS row
                MATCH (speaker:$(row.speakerLabel) {key: row.speaker})
                MERGE (s:Statement {key: row.key})
                  ON CREATE SET s.text = row.text, s.kind = row.kind, s.stance = row.stance, s.cue = row.cue,
                                s.date = row.date, s.datePrecision = row.datePrecision, s.sortDate = row.sortDate,
                                s.createdAt = datetime()
                // A speaker set by a curator stays, whatever the articles say.
                FOREACH (_ IN CASE WHEN 'speaker' IN coalesce(s.curatedFields, []) THEN [] ELSE [1] END |
                  MERGE (speaker)-[:SAID]->(s))
                MERGE (s)-[r:REPORTED_IN]->(a)
                SET r.start = row.start, r.end = row.end
                WITH s, row
                UNWIND row.about AS target
                MATCH (t:$(target.label) {key: target.key})
                MERGE (s)-[ab:ABOUT]->(t)
                SET ab.main = coalesce(ab.main, false) OR target.main
                """)
            .bind(graph.article().key()).to("article")
            .bind(rows).to("rows")
            .run();
    }

    private void writeRelationships(ExtractedGraph graph) {
        var labels = labelsByKey(graph);
        var rows = new ArrayList<Map<String, Object>>();
        for (var relationship : graph.relationships()) {
            var fromLabel = labels.get(relationship.from());
            var toLabel = labels.get(relationship.to());
            if (fromLabel == null || toLabel == null) {
                continue;
            }
            var row = new HashMap<String, Object>();
            row.put("type", relationship.type().name());
            row.put("from", relationship.from());
            row.put("fromLabel", fromLabel);
            row.put("to", relationship.to());
            row.put("toLabel", toLabel);
            putDate(row, relationship.date());
            row.put("factKey", relationship.type() + "|" + relationship.from() + "|" + relationship.to() + "|"
                    + (relationship.date() == null ? "" : relationship.date().value()));
            row.put("properties", scalarProperties(relationship.properties()));
            row.put("evidence", graph.article().key() + ":" + relationship.start() + "-" + relationship.end());
            rows.add(row);
        }
        this.neo4j.query("""
                UNWIND $rows AS row
                MATCH (from:$(row.fromLabel) {key: row.from})
                MATCH (to:$(row.toLabel) {key: row.to})
                MERGE (from)-[r:$(row.type) {factKey: row.factKey}]->(to)
                  ON CREATE SET r.date = row.date, r.datePrecision = row.datePrecision, r.sortDate = row.sortDate,
                                r += row.properties, r.createdAt = datetime()
                SET r.articles = CASE WHEN $article IN coalesce(r.articles, []) THEN r.articles
                                      ELSE coalesce(r.articles, []) + $article END,
                    r.evidence = CASE WHEN row.evidence IN coalesce(r.evidence, []) THEN r.evidence
                                      ELSE coalesce(r.evidence, []) + row.evidence END
                """)
            .bind(graph.article().key()).to("article")
            .bind(rows).to("rows")
            .run();
    }

    /**
     * Entities merged away by a curator ({@code Curation.mergeEntities}) must not come back: an article
     * naming one is written against the survivor (its key and label) instead.
     */
    private ExtractedGraph redirectMergedKeys(ExtractedGraph graph) {
        var keys = graph.entities().stream().map(ExtractedGraph.Entity::key).toList();
        var survivors = new HashMap<String, Map<String, Object>>();
        this.neo4j.query("""
                MATCH (n:Person|State|Organization|Treaty|MissileSystem|Region) WHERE n.mergedFrom IS NOT NULL
                UNWIND [k IN n.mergedFrom WHERE k IN $keys] AS merged
                RETURN merged, n.key AS key, head(labels(n)) AS label
                """)
            .bind(keys).to("keys")
            .fetch().all()
            .forEach(row -> survivors.put((String) row.get("merged"), row));
        if (survivors.isEmpty()) {
            return graph;
        }
        java.util.function.UnaryOperator<String> survivor = key -> survivors.containsKey(key) ? (String) survivors.get(key).get("key") : key;
        var entities = graph.entities().stream()
            .map(e -> survivors.containsKey(e.key())
                    ? new ExtractedGraph.Entity(survivor.apply(e.key()), EntityLabel.valueOf((String) survivors.get(e.key()).get("label")),
                            e.name(), e.aliases(), e.properties(), e.mentions())
                    : e)
            .toList();
        var statements = graph.statements().stream()
            .map(s -> new ExtractedGraph.Statement(s.key(), survivor.apply(s.speaker()), s.about().stream().map(survivor).toList(),
                    s.stance(), s.cue(), s.kind(), s.text(), s.start(), s.end(), s.date()))
            .toList();
        var relationships = graph.relationships().stream()
            .map(r -> new ExtractedGraph.Relationship(r.type(), survivor.apply(r.from()), survivor.apply(r.to()), r.date(), r.start(),
                    r.end(), r.properties()))
            .toList();
        return new ExtractedGraph(graph.article(), entities, statements, relationships);
    }

    private static Map<String, String> labelsByKey(ExtractedGraph graph) {
        var labels = new LinkedHashMap<String, String>();
        for (var entity : graph.entities()) {
            labels.put(entity.key(), entity.label().name());
        }
        return labels;
    }

    private static void putDate(Map<String, Object> row, PartialDate date) {
        row.put("date", date == null ? null : date.value());
        row.put("datePrecision", date == null ? null : date.precision().name());
        row.put("sortDate", date == null ? null : date.start());
    }

    /** Neo4j properties are scalars or lists of scalars; anything else is stored as text. */
    private static Map<String, Object> scalarProperties(Map<String, Object> properties) {
        var result = new HashMap<String, Object>();
        properties.forEach((key, value) -> result.put(key,
                value instanceof String || value instanceof Number || value instanceof Boolean ? value : String.valueOf(value)));
        return result;
    }


}
