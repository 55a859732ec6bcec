package org.treatygraph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js elements JSON ({@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}),
 * which {@code cytoscape({elements})} loads as it is and Cytoscape desktop imports as {@code .cyjs}.
 * Every property is in {@code data}; {@code label} is the display name (node) or relationship type
 * (edge), {@code labels} the node's Neo4j labels. Dates are ISO text, as JSON has no date type.
 */
final class CytoscapeJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CytoscapeJsonWriter() {
    }

    static void write(Subgraph subgraph, OutputStream out) {
        JSON.writeValue(out, elements(subgraph));
    }

    static Map<String, Object> elements(Subgraph subgraph) {
        var nodes = new ArrayList<Map<String, Object>>();
        for (var node : subgraph.nodes()) {
            var data = new LinkedHashMap<String, Object>();
            node.properties().forEach((name, value) -> data.put(name, json(value)));
            data.put("id", node.id());
            data.put("label", node.caption());
            data.put("labels", node.labels());
            nodes.add(Map.of("data", data));
        }
        var edges = new ArrayList<Map<String, Object>>();
        for (var edge : subgraph.edges()) {
            var data = new LinkedHashMap<String, Object>();
            edge.properties().forEach((name, value) -> data.put(name, json(value)));
            data.put("id", edge.id());
            data.put("source", edge.source());
            data.put("target", edge.target());
            data.put("label", edge.type());
            edges.add(Map.of("data", data));
        }
        // Nodes before edges, on every run: a map literal's order is drawn afresh in each JVM.
        var elements = new LinkedHashMap<String, Object>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        return Map.of("elements", elements);
    }

    private static Object json(Object value) {
        return switch (value) {
            case LocalDate date -> date.toString();
            case List<?> list -> list.stream().map(CytoscapeJsonWriter::json).toList();
            case null -> null;
            default -> value;
        };
    }

}
