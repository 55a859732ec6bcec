package org.treatygraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** The export formats, with what HTTP and files need to know about each. */
public enum ExportFormat {

    GRAPHML("application/graphml+xml", "graphml", GraphMlWriter::write),
    GEXF("application/gexf+xml", "gexf", GexfWriter::write),
    CYTOSCAPE("application/json", "cyjs", CytoscapeJsonWriter::write),
    /** Several files, so one zip over HTTP; the CLI can also write them into a directory. */
    CSV("application/zip", "zip", Neo4jImportCsvWriter::writeZip);

    private final String contentType;

    private final String fileExtension;

    private final BiConsumer<Subgraph, OutputStream> writer;

    ExportFormat(String contentType, String fileExtension, BiConsumer<Subgraph, OutputStream> writer) {
        this.contentType = contentType;
        this.fileExtension = fileExtension;
        this.writer = writer;
    }

    public static ExportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Unknown export format \"" + name + "\"; one of "
                    + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")));
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return this.contentType;
    }

    public String fileExtension() {
        return this.fileExtension;
    }

    public void write(Subgraph subgraph, OutputStream out) {
        this.writer.accept(subgraph, out);
    }

}
