package org.treatygraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an export to the file system: one file, or for CSV a directory unless the name ends in {@code .zip}. */
public final class SubgraphFiles {

    private SubgraphFiles() {
    }

    public static void write(Subgraph subgraph, ExportFormat format, Path output) {
        if (format == ExportFormat.CSV && !output.getFileName().toString().endsWith(".zip")) {
            Neo4jImportCsvWriter.writeDirectory(subgraph, output);
            return;
        }
        try (var out = Files.newOutputStream(output)) {
            format.write(subgraph, out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
