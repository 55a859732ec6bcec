package org.treatygraph.graph;

import java.time.LocalDate;

/**
 * Which statements to list. Null fields do not filter.
 *
 * @param speaker key, name or alias of who said it
 * @param about key, name or alias of what it is about
 * @param from earliest date (inclusive)
 * @param to latest date (inclusive)
 */
public record StatementFilter(String speaker, String about, LocalDate from, LocalDate to, int first, int offset) {
}
