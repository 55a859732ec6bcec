package org.treatygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files in the layout {@code neo4j-admin database import full} reads: one nodes file per label
 * ({@code nodes-State.csv}: {@code key:ID}, {@code :LABEL}, typed property columns such as
 * {@code published:date} or {@code aliases:string[]}) and one relationships file per type
 * ({@code relationships-SAID.csv}: {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, properties),
 * plus {@code import-command.txt} with the command that loads them. The business key is the import id,
 * so the id space is global and {@code key} stays a property.
 */
final class Neo4jImportCsvWriter {

    /** Where the files go: a directory, or entries of a zip. */
    interface Sink {

        OutputStream open(String fileName) throws IOException;

        default void close(OutputStream out) throws IOException {
            out.close();
        }

    }

    private Neo4jImportCsvWriter() {
    }

    static void writeDirectory(Subgraph subgraph, Path directory) {
        try {
            Files.createDirectories(directory);
            write(subgraph, fileName -> Files.newOutputStream(directory.resolve(fileName)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static void writeZip(Subgraph subgraph, OutputStream out) {
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            write(subgraph, new Sink() {

                @Override
                public OutputStream open(String fileName) throws IOException {
                    zip.putNextEntry(new ZipEntry(fileName));
                    return zip;
                }

                @Override
                public void close(OutputStream entry) throws IOException {
                    zip.closeEntry();
                }

            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void write(Subgraph subgraph, Sink sink) throws IOException {
        var command = new ArrayList<String>();
        var nodesByLabel = subgraph.nodes().stream()
            .collect(Collectors.groupingBy(Subgraph.Node::label, LinkedHashMap::new, Collectors.toList()));
        for (var group : nodesByLabel.entrySet()) {
            var fileName = "nodes-" + group.getKey() + ".csv";
            var propertyMaps = group.getValue().stream().map(Subgraph.Node::properties).toList();
            var columns = columns(propertyMaps);
            columns.remove("key");
            var header = new ArrayList<String>(List.of("key:ID", ":LABEL"));
            columns.forEach((name, type) -> header.add(name + suffix(type)));
            write(sink, fileName, header, group.getValue().stream().map(node -> {
                var row = new ArrayList<Object>(List.of(node.id(), String.join(AttributeType.LIST_DELIMITER, node.labels())));
                columns.keySet().forEach(name -> row.add(cell(node.properties().get(name))));
                return row;
            }).toList());
            command.add("--nodes=" + fileName);
        }
        var edgesByType = subgraph.edges().stream()
            .collect(Collectors.groupingBy(Subgraph.Edge::type, LinkedHashMap::new, Collectors.toList()));
        for (var group : edgesByType.entrySet()) {
            var fileName = "relationships-" + group.getKey() + ".csv";
            var columns = columns(group.getValue().stream().map(Subgraph.Edge::properties).toList());
            var header = new ArrayList<String>(List.of(":START_ID", ":END_ID", ":TYPE"));
            columns.forEach((name, type) -> header.add(name + suffix(type)));
            write(sink, fileName, header, group.getValue().stream().map(edge -> {
                var row = new ArrayList<Object>(List.of(edge.source(), edge.target(), edge.type()));
                columns.keySet().forEach(name -> row.add(cell(edge.properties().get(name))));
                return row;
            }).toList());
            command.add("--relationships=" + fileName);
        }
        var out = sink.open("import-command.txt");
        out.write(("neo4j-admin database import full " + String.join(" ", command) + " treatygraph\n")
            .getBytes(StandardCharsets.UTF_8));
        out.flush();
        sink.close(out);
    }

    private static Map<String, AttributeType> columns(List<Map<String, Object>> propertyMaps) {
        var columns = new LinkedHashMap<String, AttributeType>();
        Subgraph.propertyNames(propertyMaps)
            .forEach(name -> columns.put(name, AttributeType.of(propertyMaps.stream().map(p -> p.get(name)).toList())));
        return columns;
    }

    private static String suffix(AttributeType type) {
        return switch (type) {
            case BOOLEAN -> ":boolean";
            case LONG -> ":long";
            case DOUBLE -> ":double";
            case DATE -> ":date";
            case STRING_LIST -> ":string[]";
            case STRING -> "";
        };
    }

    /** Empty cells are absent properties for neo4j-admin; lists are joined with its array delimiter. */
    private static String cell(Object value) {
        return value == null ? "" : AttributeType.text(value);
    }

    private static void write(Sink sink, String fileName, List<String> header, List<? extends List<Object>> rows) throws IOException {
        var out = sink.open(fileName);
        // Not closed through the printer: in a zip, closing would close the whole archive.
        var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        for (var row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        sink.close(out);
    }

}
