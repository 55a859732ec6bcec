package org.treatygraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * One page of related items for each of many parents, in one query: the nested lists and connections
 * under entities (statements said and about them, facts, articles) and articles (statements, mentions).
 * Each parent's items are ordered, skipped and limited inside a subquery, so a page reads no more rows
 * into the answer than it returns, and the total is counted only when asked for.
 */
@Component
public class EdgePages {

    private static final String ENTITY_PARENT = "MATCH (n:Person|State|Organization|Treaty|MissileSystem|Region {key: parentKey})";

    private static final String ARTICLE_PARENT = "MATCH (n:Article {key: parentKey})";

    /** The relationship lists that page, each with a fixed order (ties broken by key, so cursors are stable). */
    public enum Edge {

        /** Statements an entity made, oldest first. */
        SAID(ENTITY_PARENT, "MATCH (n)-[:SAID]->(s:Statement)", "s", "s.sortDate, s.key", row(GraphReader.STATEMENT.formatted("s"))),

        /** Statements about an entity, oldest first. */
        STATEMENTS_ABOUT(ENTITY_PARENT, "MATCH (s:Statement)-[:ABOUT]->(n)", "s", "s.sortDate, s.key", row(GraphReader.STATEMENT.formatted("s"))),

        /** Dated acts and structural relationships touching an entity, both directions, oldest first. */
        FACTS(ENTITY_PARENT, """
                MATCH (n)-[r]-(other)
                WHERE NOT type(r) IN ['SAID', 'ABOUT', 'MENTIONS', 'REPORTED_IN'] AND any(l IN labels(other) WHERE l IN $entityLabels)""",
                "r", "r.sortDate, type(r), startNode(r).key, endNode(r).key", """
                WITH r, startNode(r) AS from, endNode(r) AS to
                RETURN {type: type(r), date: r.date, datePrecision: r.datePrecision, role: r.role,
                        evidence: coalesce(r.evidence, []), articleKeys: coalesce(r.articles, []),
                        from: %s, to: %s, by: head(COLLECT { MATCH (by:State {key: r.by}) RETURN %s })} AS row""".formatted(
                        GraphReader.ENTITY.formatted("from"), GraphReader.ENTITY.formatted("to"), GraphReader.ENTITY.formatted("by"))),

        /** Articles that mention an entity, newest first. */
        ENTITY_ARTICLES(ENTITY_PARENT, "MATCH (a:Article)-[:MENTIONS]->(n)", "a", "a.published DESC, a.key DESC", row(GraphReader.ARTICLE.formatted("a"))),

        /** Statements reported in an article, in text order. */
        ARTICLE_STATEMENTS(ARTICLE_PARENT, "MATCH (s:Statement)-[r:REPORTED_IN]->(n)", "s, r", "r.start, s.key", row(GraphReader.STATEMENT.formatted("s"))),

        /** Entities an article mentions, by name. */
        MENTIONS(ARTICLE_PARENT, "MATCH (n)-[:MENTIONS]->(m)", "m", "m.name, m.key", row(GraphReader.ENTITY.formatted("m")));

        private final String parent;

        private final String items;

        private final String variables;

        private final String order;

        /** What follows the page's ORDER BY … SKIP … LIMIT, ending with {@code RETURN … AS row}. */
        private final String row;

        Edge(String parent, String items, String variables, String order, String row) {
            this.parent = parent;
            this.items = items;
            this.variables = variables;
            this.order = order;
            this.row = row;
        }

        private static String row(String projection) {
            return "RETURN " + projection + " AS row";
        }

        String cypher(boolean withTotal) {
            var total = withTotal ? "CALL (n) { %s RETURN count(*) AS total }%n".formatted(this.items) : "";
            return """
                    UNWIND $keys AS parentKey
                    %s
                    %sOPTIONAL CALL (n) {
                      %s
                      WITH %s ORDER BY %s SKIP $skip LIMIT $limit
                      %s
                    }
                    RETURN parentKey AS key, %s collect(row) AS rows
                    """.formatted(this.parent, total, this.items, this.variables, this.order, this.row, withTotal ? "total," : "");
        }

    }

    /**
     * Which part of each parent's list to read: {@code limit} items from position {@code skip}, and the
     * number of all items when {@code withTotal}.
     */
    public record Slice(long skip, int limit, boolean withTotal) {
    }

    private final ReadQueries reads;

    EdgePages(ReadQueries reads) {
        this.reads = reads;
    }

    /** The slice of the {@code edge} list of each parent; a parent without items gets an empty page. */
    @SuppressWarnings("unchecked")
    public Map<String, PagedReader.Page> pages(Edge edge, Collection<String> parentKeys, Slice slice) {
        var parameters = ReadQueries.parameters("keys", List.copyOf(parentKeys), "skip", slice.skip(), "limit", slice.limit() + 1L,
                "entityLabels", GraphReader.ENTITY_LABELS);
        var pages = new HashMap<String, PagedReader.Page>();
        for (var row : this.reads.rows(edge.cypher(slice.withTotal()), parameters)) {
            var rows = (List<Map<String, Object>>) row.get("rows");
            boolean more = rows.size() > slice.limit();
            var total = slice.withTotal() ? ((Number) row.get("total")).longValue() : null;
            pages.put((String) row.get("key"), new PagedReader.Page(more ? rows.subList(0, slice.limit()) : rows, more, total));
        }
        for (var key : parentKeys) {
            pages.putIfAbsent(key, new PagedReader.Page(List.of(), false, slice.withTotal() ? 0L : null));
        }
        return pages;
    }

}
