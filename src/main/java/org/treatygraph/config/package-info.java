/**
 * Application-wide wiring only: the embedded Neo4j server (when no external one is configured) and the
 * shared extractor. Each feature owns its own properties record.
 */
package org.treatygraph.config;
