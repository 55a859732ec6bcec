/**
 * Subgraphs for visualisation tools: the whole graph, the neighbourhood of an entity, or the result
 * of a read-only Cypher query, written as GraphML, dynamic GEXF, Cytoscape.js JSON or
 * {@code neo4j-admin database import} CSV. Served by {@code /export/{format}} and the {@code export}
 * command. Reads the graph only (the label names come from {@code extraction.EntityLabel}); only
 * {@code cli}'s export command depends on this package.
 */
package org.treatygraph.export;
