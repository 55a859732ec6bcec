/**
 * The GraphQL API (schema in {@code src/main/resources/graphql}). Controllers are thin: they call
 * {@link org.treatygraph.graph.GraphReader} and {@link org.treatygraph.ingest.IngestService}. Every edge
 * field is served through a DataLoader, so a nested query costs one Cypher query per level, not one
 * per parent.
 */
package org.treatygraph.api;
