package org.treatygraph.export;

import java.util.Map;

/**
 * What to export: the neighbourhood of {@code around} to {@code depth}, the result of a read-only
 * {@code cypher} query, or (neither given) the whole graph.
 */
public record ExportRequest(String around, Integer depth, String cypher) {

    public Subgraph select(SubgraphReader reader) {
        if (this.around != null && !this.around.isBlank() && this.cypher != null && !this.cypher.isBlank()) {
            throw new IllegalArgumentException("Give either around (with depth) or cypher, not both");
        }
        if (this.around != null && !this.around.isBlank()) {
            return reader.around(this.around.strip(), this.depth == null ? 1 : this.depth);
        }
        if (this.cypher != null && !this.cypher.isBlank()) {
            return reader.query(this.cypher, Map.of());
        }
        return reader.whole();
    }

    /** A file name that says what was exported, e.g. {@code treatygraph-new-start-depth2.graphml}. */
    public String fileName(ExportFormat format) {
        var subject = this.around != null && !this.around.isBlank()
                ? this.around.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                        + "-depth" + (this.depth == null ? 1 : this.depth)
                : this.cypher != null && !this.cypher.isBlank() ? "query" : "all";
        return "treatygraph-" + subject + "." + format.fileExtension();
    }

}
