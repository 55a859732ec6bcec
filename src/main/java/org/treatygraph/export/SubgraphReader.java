package org.treatygraph.export;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.stereotype.Component;

import org.treatygraph.extraction.EntityLabel;

/**
 * Reads subgraphs for export. Every read runs in a session opened in {@link AccessMode#READ} and in a
 * read transaction: the database itself refuses a write there, which is what makes it safe to run a
 * caller's Cypher ({@code ?cypher=}) without parsing it.
 */
@Component
public class SubgraphReader {

    /** The labels of the treatygraph model; other nodes (e.g. the migrations' history) are not exported. */
    static final List<String> MODEL_LABELS = Stream.concat(Stream.of(EntityLabel.values()).map(Enum::name),
            Stream.of("Statement", "Article")).toList();

    /** Bookkeeping that means nothing to a visualisation tool; an article's full text would swamp it. */
    private static final Set<String> HIDDEN_PROPERTIES = Set.of("aliasText", "factKey", "createdAt");

    private final Driver driver;

    private final ExportProperties properties;

    SubgraphReader(Driver driver, ExportProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    public Subgraph whole() {
        return read(tx -> {
            var nodes = tx.run("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n ORDER BY n.key",
                    Map.of("labels", MODEL_LABELS)).list(r -> r.get("n").asNode());
            var relationships = tx.run("""
                    MATCH (a)-[r]->(b)
                    WHERE any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
                    RETURN r ORDER BY a.key, type(r), b.key
                    """, Map.of("labels", MODEL_LABELS)).list(r -> r.get("r").asRelationship());
            return assemble(nodes, relationships);
        });
    }

    /**
     * The neighbourhood of an entity (or statement, or article) up to {@code depth} hops in either
     * direction, with every relationship among the nodes reached. Walked one ring at a time, so the cost
     * grows with the nodes reached rather than with the number of paths to them.
     */
    public Subgraph around(String keyNameOrAlias, int depth) {
        if (depth < 0 || depth > this.properties.maxDepth()) {
            throw new IllegalArgumentException("depth must be between 0 and " + this.properties.maxDepth());
        }
        return read(tx -> {
            var centre = tx.run("""
                    MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
                      AND (n.key = $name OR toLower(n.name) = toLower($name)
                           OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($name)))
                    RETURN elementId(n) AS id ORDER BY n.key = $name DESC, n.key LIMIT 1
                    """, Map.of("labels", MODEL_LABELS, "name", keyNameOrAlias)).list(r -> r.get("id").asString());
            if (centre.isEmpty()) {
                throw new NotFoundException("No entity, statement or article with key, name or alias \"" + keyNameOrAlias + "\"");
            }
            Set<String> reached = new LinkedHashSet<>(centre);
            Collection<String> ring = centre;
            for (int hop = 0; hop < depth && !ring.isEmpty(); hop++) {
                var next = tx.run("""
                        MATCH (n)--(m) WHERE elementId(n) IN $ring AND any(l IN labels(m) WHERE l IN $labels)
                        RETURN DISTINCT elementId(m) AS id
                        """, Map.of("ring", List.copyOf(ring), "labels", MODEL_LABELS)).list(r -> r.get("id").asString());
                ring = next.stream().filter(reached::add).toList();
            }
            var nodes = tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n ORDER BY n.key", Map.of("ids", List.copyOf(reached)))
                .list(r -> r.get("n").asNode());
            var relationships = tx.run("""
                    MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
                    RETURN r ORDER BY a.key, type(r), b.key
                    """, Map.of("ids", List.copyOf(reached))).list(r -> r.get("r").asRelationship());
            return assemble(nodes, relationships);
        });
    }

    /**
     * The nodes, relationships and paths a caller's query returns (anywhere in its rows, also inside
     * lists), plus the end nodes of every returned relationship so that no edge dangles. Other values
     * are ignored: an export is a graph.
     */
    public Subgraph query(String cypher, Map<String, Object> parameters) {
        try {
            return read(tx -> {
                var nodes = new LinkedHashMap<String, Node>();
                var relationships = new LinkedHashMap<String, Relationship>();
                tx.run(cypher, parameters).forEachRemaining(row -> collect(row, nodes, relationships));
                var missing = relationships.values().stream()
                    .flatMap(r -> Stream.of(r.startNodeElementId(), r.endNodeElementId()))
                    .filter(id -> !nodes.containsKey(id)).distinct().toList();
                if (!missing.isEmpty()) {
                    tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", Map.of("ids", missing))
                        .forEachRemaining(r -> nodes.put(r.get("n").asNode().elementId(), r.get("n").asNode()));
                }
                return assemble(List.copyOf(nodes.values()), List.copyOf(relationships.values()));
            });
        }
        catch (ClientException ex) {
            // Syntax errors, unknown parameters and attempted writes ("Writing in read access mode not
            // allowed") are the caller's mistake, reported with the database's own message.
            throw new InvalidQueryException(ex.getMessage(), ex);
        }
    }

    private static void collect(Record row, Map<String, Node> nodes, Map<String, Relationship> relationships) {
        row.values().forEach(value -> collect(value, nodes, relationships));
    }

    private static void collect(Value value, Map<String, Node> nodes, Map<String, Relationship> relationships) {
        var types = TypeSystem.getDefault();
        if (value.hasType(types.NODE())) {
            nodes.putIfAbsent(value.asNode().elementId(), value.asNode());
        }
        else if (value.hasType(types.RELATIONSHIP())) {
            relationships.putIfAbsent(value.asRelationship().elementId(), value.asRelationship());
        }
        else if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            path.nodes().forEach(n -> nodes.putIfAbsent(n.elementId(), n));
            path.relationships().forEach(r -> relationships.putIfAbsent(r.elementId(), r));
        }
        else if (value.hasType(types.LIST()) || value.hasType(types.MAP())) {
            value.values().forEach(v -> collect(v, nodes, relationships));
        }
    }

    private Subgraph read(org.neo4j.driver.TransactionCallback<Subgraph> work) {
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var session = this.driver.session(config)) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(this.properties.queryTimeout()).build());
        }
    }

    private static Subgraph assemble(List<Node> nodes, List<Relationship> relationships) {
        var idsByElementId = new LinkedHashMap<String, String>();
        var exported = new ArrayList<Subgraph.Node>();
        for (var node : nodes) {
            var id = node.containsKey("key") ? node.get("key").asString() : node.elementId();
            idsByElementId.put(node.elementId(), id);
            var labels = new ArrayList<String>();
            node.labels().forEach(labels::add);
            labels.sort((a, b) -> Boolean.compare(!MODEL_LABELS.contains(a), !MODEL_LABELS.contains(b)));
            var properties = new LinkedHashMap<String, Object>();
            node.asMap(Values::plain).forEach((name, value) -> {
                if (!HIDDEN_PROPERTIES.contains(name) && !(labels.contains("Article") && "text".equals(name))) {
                    properties.put(name, value);
                }
            });
            exported.add(new Subgraph.Node(id, List.copyOf(labels), properties));
        }
        var edges = new ArrayList<Subgraph.Edge>();
        for (var relationship : relationships) {
            var properties = new LinkedHashMap<String, Object>();
            relationship.asMap(Values::plain).forEach((name, value) -> {
                if (!HIDDEN_PROPERTIES.contains(name)) {
                    properties.put(name, value);
                }
            });
            // The relationship's element id: the same relationship keeps its id across exports, so the
            // explorer can merge neighbourhoods without drawing an edge twice.
            edges.add(new Subgraph.Edge(relationship.elementId(), relationship.type(),
                    idsByElementId.get(relationship.startNodeElementId()), idsByElementId.get(relationship.endNodeElementId()),
                    properties));
        }
        return new Subgraph(exported, edges);
    }

    /** Raised when {@code around} names nothing in the graph. */
    public static class NotFoundException extends RuntimeException {

        NotFoundException(String message) {
            super(message);
        }

    }

    /** Raised when a caller's query is not valid, or tries to write. */
    public static class InvalidQueryException extends RuntimeException {

        InvalidQueryException(String message, Throwable cause) {
            super(message, cause);
        }

    }

    /** Neo4j values as the plain Java values exporters understand (dates stay dates, date-times become ISO text). */
    static final class Values {

        private Values() {
        }

        static Object plain(Value value) {
            return plain(value.asObject());
        }

        private static Object plain(Object value) {
            return switch (value) {
                case null -> null;
                case String s -> s;
                case Long l -> l;
                case Double d -> d;
                case Boolean b -> b;
                case LocalDate date -> date;
                case List<?> list -> list.stream().map(Values::plain).toList();
                case ZonedDateTime time -> time.toOffsetDateTime().toString();
                default -> value.toString();
            };
        }

    }

}
