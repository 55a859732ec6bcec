package org.treatygraph.export;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The writers on a hand-made subgraph: the awkward cases a database rarely shows in a small test graph. */
class ExportWritersTests {

    private static final Subgraph AWKWARD = new Subgraph(List.of(
            new Subgraph.Node("state/russia", List.of("State"), Map.of("key", "state/russia", "name", "Russia", "rank", 1L,
                    "aliases", List.of("Moscow", "Russian Federation"))),
            new Subgraph.Node("state/x", List.of("State"), Map.of("key", "state/x", "name", "X <&> \"Y\"", "rank", "first")),
            new Subgraph.Node("statement/1", List.of("Statement"), Map.of("key", "statement/1",
                    "text", "A quote, with \"quotes\",\nand a newline", "sortDate", LocalDate.of(2023, 2, 21)))),
            List.of(new Subgraph.Edge("r1", "SAID", "state/russia", "statement/1", Map.of()),
                    new Subgraph.Edge("r2", "SUSPENDED", "state/russia", "state/x",
                            Map.of("sortDate", LocalDate.of(2020, 1, 1), "evidence", List.of("a:1-2", "b:3-4")))));

    @Test
    void aColumnWithDifferentTypesOnDifferentNodesIsText() {
        assertThat(AttributeType.of(List.of(1L, "first"))).isEqualTo(AttributeType.STRING);
        assertThat(AttributeType.of(List.of(1L, 2L))).isEqualTo(AttributeType.LONG);
        assertThat(AttributeType.of(java.util.Arrays.asList(null, LocalDate.now()))).isEqualTo(AttributeType.DATE);
        assertThat(AttributeType.text(List.of("Moscow", "Russian Federation"))).isEqualTo("Moscow;Russian Federation");
    }

    @Test
    void gexfIsValidWithEscapedTextAndDatesFromStatementsAndActs() throws Exception {
        var out = new ByteArrayOutputStream();
        ExportFormat.GEXF.write(AWKWARD, out);
        var xml = out.toString(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(GraphMLImporter.class.getResource("/gexf.xsd"))
            .newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("label=\"X &lt;&amp;&gt; &quot;Y&quot;\"")
            .containsPattern("<node id=\"statement/1\" label=\"A quote, with &quot;quotes&quot;,\\sand a newline\" start=\"2023-02-21\"")
            .contains("id=\"r1\" source=\"state/russia\" target=\"statement/1\" label=\"SAID\" start=\"2023-02-21\"")
            .contains("id=\"r2\" source=\"state/russia\" target=\"state/x\" label=\"SUSPENDED\" start=\"2020-01-01\"")
            .contains("<attribute id=\"rank\" title=\"rank\" type=\"string\"/>");
    }

    @Test
    void cytoscapeJsonListsNodesBeforeEdges() {
        var out = new ByteArrayOutputStream();
        ExportFormat.CYTOSCAPE.write(AWKWARD, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"elements\":{\"nodes\":[{\"data\":{").contains("}],\"edges\":[{");
    }

    @Test
    void graphMlIdsAreXmlNameTokens() {
        assertThat(GraphMlWriter.xmlId("statement/ab12")).isEqualTo("statement:ab12");
        var out = new ByteArrayOutputStream();
        ExportFormat.GRAPHML.write(AWKWARD, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<node id=\"state:russia\">").contains("Moscow;Russian Federation");
    }

}
