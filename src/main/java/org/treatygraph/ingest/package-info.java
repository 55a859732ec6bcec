/**
 * Ingestion: read → parse → extract → write, one transaction per article, for the CLI, the GraphQL
 * mutations and the bundled samples loaded into an empty database at start-up. A bad item is reported
 * and skipped; the others go in. Public surface: {@link org.treatygraph.ingest.IngestService},
 * {@link org.treatygraph.ingest.IngestReport}.
 */
package org.treatygraph.ingest;
