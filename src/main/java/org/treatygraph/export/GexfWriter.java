package org.treatygraph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 in dynamic mode, for Gephi's timeline. JGraphT's {@code GEXFExporter} only writes static
 * graphs (no {@code mode="dynamic"}, no {@code start} on nodes and edges), so this writes the elements
 * with the JDK's StAX writer, which still takes care of escaping and well-formedness; the tests
 * validate the result against the published GEXF 1.2 schema.
 *
 * <p>Time: a statement appears on its date and an article on its publication date; an edge appears
 * on its own date (the act's or statement's {@code sortDate}) or else when the later of its two ends
 * appears. Entities have no date and exist throughout.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    private GexfWriter() {
    }

    static void write(Subgraph subgraph, OutputStream out) {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element(xml, "creator", "treatygraph");
            element(xml, "description", "Actors, treaties and statements from arms-control news");
            xml.writeEndElement();

            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "date");

            var nodeProperties = subgraph.nodes().stream().map(Subgraph.Node::properties).toList();
            var edgeProperties = subgraph.edges().stream().map(Subgraph.Edge::properties).toList();
            var nodeColumns = declare(xml, "node", nodeProperties, "labels");
            var edgeColumns = declare(xml, "edge", edgeProperties, "type");

            var since = new HashMap<String, LocalDate>();
            xml.writeStartElement("nodes");
            for (var node : subgraph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                xml.writeAttribute("label", node.caption());
                if (node.since() != null) {
                    since.put(node.id(), node.since());
                    xml.writeAttribute("start", node.since().toString());
                }
                var values = new LinkedHashMap<>(node.properties());
                values.put("labels", node.labels());
                attvalues(xml, values, nodeColumns);
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeStartElement("edges");
            for (var edge : subgraph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                xml.writeAttribute("label", edge.type());
                var start = edge.sortDate() != null ? edge.sortDate()
                        : Stream.of(since.get(edge.source()), since.get(edge.target())).filter(Objects::nonNull)
                            .max(LocalDate::compareTo).orElse(null);
                if (start != null) {
                    xml.writeAttribute("start", start.toString());
                }
                var values = new LinkedHashMap<>(edge.properties());
                values.put("type", edge.type());
                attvalues(xml, values, edgeColumns);
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write GEXF", ex);
        }
    }

    /** Declares one attribute column per property; its id is the property name. */
    private static Map<String, AttributeType> declare(XMLStreamWriter xml, String elementClass,
            List<Map<String, Object>> propertyMaps, String extraTextColumn) throws XMLStreamException {
        var columns = new LinkedHashMap<String, AttributeType>();
        for (var name : Subgraph.propertyNames(propertyMaps)) {
            columns.put(name, AttributeType.of(propertyMaps.stream().map(p -> p.get(name)).toList()));
        }
        columns.put(extraTextColumn, AttributeType.STRING_LIST);
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", elementClass);
        xml.writeAttribute("mode", "static");
        for (var column : columns.entrySet()) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", column.getKey());
            xml.writeAttribute("title", column.getKey());
            xml.writeAttribute("type", switch (column.getValue()) {
                case BOOLEAN -> "boolean";
                case LONG -> "long";
                case DOUBLE -> "double";
                default -> "string";
            });
        }
        xml.writeEndElement();
        return columns;
    }

    private static void attvalues(XMLStreamWriter xml, Map<String, Object> values, Map<String, AttributeType> columns)
            throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (var value : values.entrySet()) {
            if (value.getValue() != null && columns.containsKey(value.getKey())) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", value.getKey());
                xml.writeAttribute("value", AttributeType.text(value.getValue()));
            }
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

}
