/**
 * The command line: {@code serve} (default), {@code ingest}, {@code extract}, {@code evaluate}. Commands
 * that need no database ({@code extract}, {@code evaluate}) never start one.
 */
package org.treatygraph.cli;
