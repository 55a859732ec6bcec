package org.treatygraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.treatygraph.export.ExportFormat;
import org.treatygraph.export.ExportRequest;
import org.treatygraph.export.SubgraphFiles;
import org.treatygraph.export.SubgraphReader;

/**
 * Exports the graph, or a neighbourhood, or a read-only query's result, to a file for a
 * visualisation tool. Exit code 0 on success, 2 for a bad request (unknown entity, invalid query).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (or a part of it) as GraphML, GEXF, Cytoscape.js JSON or neo4j-admin CSV.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = { "-f", "--format" }, required = true, description = "graphml, gexf, cytoscape or csv.")
    String format;

    @Option(names = "--around", description = "Key, name or alias of the entity (or statement/article key) at the centre.")
    String around;

    @Option(names = "--depth", defaultValue = "1", description = "Hops from --around (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--cypher", description = "A read-only Cypher query; its nodes, relationships and paths are exported.")
    String cypher;

    @Option(names = { "-o", "--output" }, required = true,
            description = "Output file; for csv a directory, or a file ending in .zip.")
    Path output;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.of(this.format);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            return 2;
        }
        var args = new ArrayList<>(this.springArgs);
        // An export reads; it must not start by loading the samples into an empty store.
        args.add("--treatygraph.ingest.load-samples=false");
        try (var context = new SpringApplicationBuilder(TreatygraphCommand.application).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new))) {
            var subgraph = new ExportRequest(this.around, this.depth, this.cypher).select(context.getBean(SubgraphReader.class));
            if (this.output.getParent() != null) {
                Files.createDirectories(this.output.getParent());
            }
            SubgraphFiles.write(subgraph, exportFormat, this.output);
            System.out.printf("%d nodes, %d relationships written to %s%n", subgraph.nodes().size(), subgraph.edges().size(),
                    this.output);
            return 0;
        }
        catch (IllegalArgumentException | SubgraphReader.NotFoundException | SubgraphReader.InvalidQueryException ex) {
            System.err.println(ex.getMessage());
            return 2;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
