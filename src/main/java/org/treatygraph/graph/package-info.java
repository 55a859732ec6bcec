/**
 * The Neo4j side: the schema (versioned scripts in {@code cypher/schema}, applied at start-up by
 * Neo4j-Migrations), the one writer that MERGEs an {@link org.treatygraph.extraction.ExtractedGraph} in
 * a single transaction per article, and the read queries the API uses. All Cypher is parameterised.
 * Writes go through the driver; reads through {@link org.treatygraph.graph.ReadQueries}, in-process on
 * the embedded database or over Bolt to an external one. Public surface:
 * {@link org.treatygraph.graph.GraphWriter}, {@link org.treatygraph.graph.GraphReader} and its read
 * models.
 */
package org.treatygraph.graph;
