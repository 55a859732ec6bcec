package org.treatygraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import org.treatygraph.TreatygraphApplication;
import org.treatygraph.cli.TreatygraphCommand;
import org.treatygraph.support.ResearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format is read back by an independent reader (JGraphT's importers with schema validation, the
 * GEXF 1.2 XSD, Jackson, Commons CSV) and its counts compared with what Cypher counts in the database.
 */
class ExportIT extends ResearchIntegrationTest {

    private static final String MODEL = "any(l IN labels(%s) WHERE l IN ['Person','State','Organization','Treaty','MissileSystem','Region','Statement','Article'])";

    /** Nodes within {@code depth} hops of New START, and the relationships among them, counted by Cypher alone. */
    private static final String NEIGHBOURHOOD = "MATCH (c {key: 'treaty/new-start'}) MATCH (c)-[*0..%d]-(n) WHERE " + MODEL.formatted("n")
            + " WITH collect(DISTINCT n) AS ns ";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Neo4jConnectionDetails connection;

    @Test
    void graphMlOfTheWholeGraphPassesTheGraphMlSchemaAndHasEveryNodeAndRelationship() throws Exception {
        var response = get("/export/graphml");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphml+xml");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"treatygraph-all.graphml\"");

        var attributes = new HashMap<String, Map<String, Attribute>>();
        var graph = readGraphMl(response.body(), attributes);

        assertThat(graph.vertexSet()).hasSize((int) count("MATCH (n) WHERE " + MODEL.formatted("n") + " RETURN count(n)"));
        assertThat(graph.edgeSet()).hasSize((int) count("MATCH (a)-[r]->(b) WHERE " + MODEL.formatted("a") + " AND "
                + MODEL.formatted("b") + " RETURN count(r)"));
        assertThat(attributes.get("state:russia")).containsKeys("label", "labels", "aliases");
        assertThat(attributes.get("state:russia").get("label").getValue()).isEqualTo("Russia");
        assertThat(attributes.get("state:russia").get("labels").getValue()).isEqualTo("State");
    }

    @Test
    void gexfAroundNewStartIsDynamicWithDatedStatementsAndValidAgainstTheGexfSchema() throws Exception {
        var response = get("/export/gexf?around=" + URLEncoder.encode("New START", StandardCharsets.UTF_8) + "&depth=2");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gexf+xml");
        var xml = new String(response.body(), StandardCharsets.UTF_8);

        // The published GEXF 1.2 schema, as bundled in the JGraphT jar (nothing is fetched at run time).
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(GraphMLImporter.class.getResource("/gexf.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));

        var graph = new DirectedPseudograph<String, String>(null, null, false);
        var importer = new SimpleGEXFImporter<String, String>();
        importer.setVertexFactory(id -> id);
        var edgeNumber = new int[1];
        graph.setEdgeSupplier(() -> "e" + edgeNumber[0]++);
        importer.importGraph(graph, new StringReader(xml));

        assertThat(graph.vertexSet()).hasSize((int) count(NEIGHBOURHOOD.formatted(2) + "RETURN size(ns)"));
        assertThat(graph.edgeSet()).hasSize((int) count(NEIGHBOURHOOD.formatted(2)
                + "MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns RETURN count(r)"));
        assertThat(xml).contains("mode=\"dynamic\"").contains("timeformat=\"date\"");
        // Russia's suspension of New START appears on the timeline on its date.
        assertThat(xml).containsPattern("<edge id=\"[^\"]+\" source=\"state/russia\" target=\"treaty/new-start\" label=\"SUSPENDED\" start=\"2023-02-21\"");
        var datedStatements = count(NEIGHBOURHOOD.formatted(2) + "UNWIND ns AS n WITH n WHERE n:Statement AND n.sortDate IS NOT NULL RETURN count(n)");
        assertThat(datedStatements).isPositive();
        assertThat(xml.split("<node id=\"statement/[^\"]+\" label=\"[^\"]*\" start=\"\\d{4}-\\d{2}-\\d{2}\"", -1)).hasSize((int) datedStatements + 1);
    }

    @Test
    void cytoscapeJsonAroundRussiaHasTheNeighbourhoodWithQuotesAndProvenance() throws Exception {
        var response = get("/export/cytoscape?around=state/russia&depth=1");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        var json = JsonMapper.builder().build().readTree(response.body());
        var nodes = json.path("elements").path("nodes");
        var edges = json.path("elements").path("edges");

        var around = "MATCH (c {key: 'state/russia'}) MATCH (c)-[*0..1]-(n) WHERE " + MODEL.formatted("n") + " WITH collect(DISTINCT n) AS ns ";
        assertThat(nodes.size()).isEqualTo((int) count(around + "RETURN size(ns)"));
        assertThat(edges.size()).isEqualTo((int) count(around + "MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns RETURN count(r)"));
        // The corpus tells Russia's suspension at several precisions ("in February 2023", "on February 21, 2023"): one
        // edge each, every one with its evidence.
        var suspensions = edges.valueStream().map(e -> e.path("data"))
            .filter(d -> d.path("label").asString().equals("SUSPENDED") && d.path("target").asString().equals("treaty/new-start")
                    && d.path("source").asString().equals("state/russia"))
            .toList();
        assertThat(suspensions).extracting(d -> d.path("date").asString()).contains("2023-02-21");
        var suspended = suspensions.stream().filter(d -> d.path("date").asString().equals("2023-02-21")).findFirst().orElseThrow();
        assertThat(suspended.path("evidence").get(0).asString()).matches("[0-9a-f]{16}:\\d+-\\d+");
        var statement = nodes.valueStream().map(n -> n.path("data")).filter(d -> d.path("labels").get(0).asString().equals("Statement"))
            .findFirst().orElseThrow();
        assertThat(statement.path("text").asString()).isNotBlank();
        assertThat(statement.path("stance").asString()).isIn("supports", "opposes", "conditional", "neutral", "SUPPORTS", "OPPOSES", "CONDITIONAL", "NEUTRAL");
    }

    @Test
    void csvZipIsInTheNeo4jAdminImportLayoutWithTypedHeaders() throws Exception {
        var response = get("/export/csv");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        var files = new HashMap<String, List<Map<String, String>>>();
        var headers = new HashMap<String, List<String>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var bytes = zip.readAllBytes();
                if (entry.getName().endsWith(".csv")) {
                    var parser = CSVFormat.DEFAULT.builder().setHeader().get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                    headers.put(entry.getName(), parser.getHeaderNames());
                    files.put(entry.getName(), parser.getRecords().stream().map(r -> r.toMap()).toList());
                }
                else {
                    assertThat(entry.getName()).isEqualTo("import-command.txt");
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("neo4j-admin database import full --nodes=");
                }
            }
        }
        long nodeRows = files.entrySet().stream().filter(f -> f.getKey().startsWith("nodes-")).mapToLong(f -> f.getValue().size()).sum();
        long relationshipRows = files.entrySet().stream().filter(f -> f.getKey().startsWith("relationships-")).mapToLong(f -> f.getValue().size()).sum();
        assertThat(nodeRows).isEqualTo(count("MATCH (n) WHERE " + MODEL.formatted("n") + " RETURN count(n)"));
        assertThat(relationshipRows).isEqualTo(count("MATCH (a)-[r]->(b) WHERE " + MODEL.formatted("a") + " AND "
                + MODEL.formatted("b") + " RETURN count(r)"));
        assertThat(headers.get("nodes-Article.csv")).startsWith("key:ID", ":LABEL").contains("published:date").doesNotContain("text");
        assertThat(headers.get("nodes-Statement.csv")).contains("text", "stance", "sortDate:date");
        assertThat(headers.get("nodes-State.csv")).contains("aliases:string[]");
        assertThat(headers.get("relationships-SUSPENDED.csv")).startsWith(":START_ID", ":END_ID", ":TYPE")
            .contains("sortDate:date", "evidence:string[]", "articles:string[]");
        assertThat(files.get("relationships-SUSPENDED.csv"))
            .anyMatch(row -> row.get(":START_ID").equals("state/russia") && row.get(":END_ID").equals("treaty/new-start")
                    && row.get("sortDate:date").equals("2023-02-21"));
        assertThat(files.get("nodes-State.csv")).anyMatch(row -> row.get("key:ID").equals("state/russia") && row.get(":LABEL").equals("State"));
    }

    @Test
    void aCypherQueryIsExportedWithTheEndsOfEveryReturnedRelationship() throws Exception {
        var cypher = "MATCH (s:State {key: 'state/russia'})-[r:SUSPENDED|WITHDREW_FROM|DERATIFIED]->(t) RETURN r";
        var response = get("/export/cytoscape?cypher=" + URLEncoder.encode(cypher, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        var json = JsonMapper.builder().build().readTree(response.body());
        long acts = count("MATCH (s:State {key: 'state/russia'})-[r:SUSPENDED|WITHDREW_FROM|DERATIFIED]->(t) RETURN count(r)");
        assertThat(acts).isGreaterThanOrEqualTo(2);
        assertThat(json.path("elements").path("edges").size()).isEqualTo((int) acts);
        assertThat(json.path("elements").path("nodes").size()).isEqualTo((int) count(
                "MATCH (s:State {key: 'state/russia'})-[r:SUSPENDED|WITHDREW_FROM|DERATIFIED]->(t) RETURN count(DISTINCT t) + 1"));
    }

    @Test
    void aCypherQueryThatWritesIsRefusedByTheDatabaseAndWritesNothing() throws Exception {
        for (var write : List.of("CREATE (x:Intruder) RETURN x", "MATCH (s:State {key: 'state/russia'}) SET s.name = 'Hacked' RETURN s",
                "MATCH (n) DETACH DELETE n")) {
            var response = get("/export/graphml?cypher=" + URLEncoder.encode(write, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(write).isEqualTo(400);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(write).containsIgnoringCase("read");
        }
        assertThat(count("MATCH (x:Intruder) RETURN count(x)")).isZero();
        assertThat(count("MATCH (s:State {key: 'state/russia', name: 'Russia'}) RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (n:Article) RETURN count(n)")).isPositive();
    }

    @Test
    void unknownEntitiesFormatsAndTooDeepRequestsAreClientErrors() throws Exception {
        assertThat(get("/export/graphml?around=Atlantis").statusCode()).isEqualTo(404);
        assertThat(get("/export/pdf").statusCode()).isEqualTo(400);
        assertThat(get("/export/graphml?around=Russia&depth=9").statusCode()).isEqualTo(400);
        assertThat(new String(get("/export/graphml?cypher=MATCH+(n+RETURN").body(), StandardCharsets.UTF_8)).contains("Invalid input");
    }

    @Test
    void theExportCommandWritesGraphMlAroundAnAliasAndCsvIntoADirectory(@TempDir Path dir) throws Exception {
        var bolt = "--spring.neo4j.uri=" + this.connection.getUri();
        var graphml = dir.resolve("new-start.graphml");
        int exit = TreatygraphCommand.run(TreatygraphApplication.class,
                new String[] { "export", "--format", "graphml", "--around", "new start", "--depth", "2", "-o", graphml.toString(), bolt });
        assertThat(exit).isZero();
        var graph = readGraphMl(Files.readAllBytes(graphml), new HashMap<>());
        assertThat(graph.vertexSet()).hasSize((int) count(NEIGHBOURHOOD.formatted(2) + "RETURN size(ns)"));

        var csv = dir.resolve("csv");
        exit = TreatygraphCommand.run(TreatygraphApplication.class,
                new String[] { "export", "--format", "csv", "--around", "treaty/new-start", "--depth", "1", "-o", csv.toString(), bolt });
        assertThat(exit).isZero();
        assertThat(csv.resolve("nodes-Treaty.csv")).exists();
        assertThat(csv.resolve("import-command.txt")).content().contains("--relationships=relationships-ABOUT.csv");

        exit = TreatygraphCommand.run(TreatygraphApplication.class,
                new String[] { "export", "--format", "gexf", "--around", "Atlantis", "-o", dir.resolve("x.gexf").toString(), bolt });
        assertThat(exit).isEqualTo(2);
    }

    private static Graph<String, String> readGraphMl(byte[] body, Map<String, Map<String, Attribute>> attributes) throws IOException {
        var graph = new DirectedPseudograph<String, String>(null, null, false);
        var edgeNumber = new int[1];
        graph.setEdgeSupplier(() -> "e" + edgeNumber[0]++);
        var importer = new GraphMLImporter<String, String>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndName, value) ->
                attributes.computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>()).put(vertexAndName.getSecond(), value));
        importer.importGraph(graph, new StringReader(new String(body, StandardCharsets.UTF_8)));
        return graph;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}
