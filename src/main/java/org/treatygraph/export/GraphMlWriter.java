package org.treatygraph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML through JGraphT's exporter: typed {@code <key>} declarations for every property, so Gephi,
 * yEd and Cytoscape import them as columns. Nodes carry {@code label} (a display name), {@code labels}
 * (Neo4j labels) and their properties; edges {@code label} (the relationship type) and theirs.
 */
final class GraphMlWriter {

    private GraphMlWriter() {
    }

    static void write(Subgraph subgraph, OutputStream out) {
        // A pseudograph: two states can be linked by several acts (SIGNED, then SUSPENDED) at once.
        var graph = new DirectedPseudograph<String, String>(null, null, false);
        var nodes = new LinkedHashMap<String, Subgraph.Node>();
        subgraph.nodes().forEach(node -> {
            nodes.put(xmlId(node.id()), node);
            graph.addVertex(xmlId(node.id()));
        });
        var edges = new HashMap<String, Subgraph.Edge>();
        subgraph.edges().forEach(edge -> {
            edges.put(edge.id(), edge);
            graph.addEdge(xmlId(edge.source()), xmlId(edge.target()), edge.id());
        });

        var exporter = new GraphMLExporter<String, String>(Function.identity());
        exporter.setEdgeIdProvider(Function.identity());
        // "label" is the attribute name Gephi and yEd show on nodes and edges.
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        var nodeTypes = register(exporter, AttributeCategory.NODE,
                subgraph.nodes().stream().map(Subgraph.Node::properties).toList(), Set.of("labels"));
        var edgeTypes = register(exporter, AttributeCategory.EDGE,
                subgraph.edges().stream().map(Subgraph.Edge::properties).toList(), Set.of());
        exporter.setVertexAttributeProvider(id -> {
            var node = nodes.get(id);
            var attributes = attributes(node.properties(), nodeTypes);
            attributes.put("label", DefaultAttribute.createAttribute(node.caption()));
            attributes.put("labels", DefaultAttribute.createAttribute(String.join(AttributeType.LIST_DELIMITER, node.labels())));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(id -> {
            var edge = edges.get(id);
            var attributes = attributes(edge.properties(), edgeTypes);
            attributes.put("label", DefaultAttribute.createAttribute(edge.type()));
            return attributes;
        });
        exporter.exportGraph(graph, out);
    }

    /** GraphML ids are XML name tokens; business keys contain '/', which becomes ':' (still unique). */
    static String xmlId(String key) {
        return key.replaceAll("[^A-Za-z0-9._:-]", ":");
    }

    private static Map<String, AttributeType> register(GraphMLExporter<String, String> exporter, AttributeCategory category,
            List<Map<String, Object>> propertyMaps, Set<String> extraStringAttributes) {
        var types = new LinkedHashMap<String, AttributeType>();
        for (var name : Subgraph.propertyNames(propertyMaps)) {
            var type = AttributeType.of(propertyMaps.stream().map(p -> p.get(name)).toList());
            types.put(name, type);
            exporter.registerAttribute(name, category, switch (type) {
                case BOOLEAN -> org.jgrapht.nio.AttributeType.BOOLEAN;
                case LONG -> org.jgrapht.nio.AttributeType.LONG;
                case DOUBLE -> org.jgrapht.nio.AttributeType.DOUBLE;
                default -> org.jgrapht.nio.AttributeType.STRING;
            });
        }
        extraStringAttributes.forEach(name -> exporter.registerAttribute(name, category, org.jgrapht.nio.AttributeType.STRING));
        return types;
    }

    private static Map<String, Attribute> attributes(Map<String, Object> properties, Map<String, AttributeType> types) {
        var attributes = new LinkedHashMap<String, Attribute>();
        properties.forEach((name, value) -> {
            if (value != null) {
                attributes.put(name, switch (types.get(name)) {
                    case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) value);
                    case LONG -> DefaultAttribute.createAttribute((Long) value);
                    case DOUBLE -> DefaultAttribute.createAttribute((Double) value);
                    default -> DefaultAttribute.createAttribute(AttributeType.text(value));
                });
            }
        });
        return attributes;
    }

}
