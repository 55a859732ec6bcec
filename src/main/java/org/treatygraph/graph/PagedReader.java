package org.treatygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Filtered, ordered, paged lists of statements, entities and articles, and their counts. The filter
 * arrives translated by {@link Filter}; the order is one of a fixed set of {@link Order}s. A page asks for
 * one row more than it returns so the caller knows whether there is a next page without counting.
 */
@Component
public class PagedReader {

    /** The orders a list can be sorted in; each is a fixed Cypher ORDER BY, never client text. */
    public enum Order {

        DATE_ASC("s.sortDate, s.key"), DATE_DESC("s.sortDate DESC, s.key DESC"),
        NAME_ASC("n.name, n.key"), NAME_DESC("n.name DESC, n.key DESC"),
        PUBLISHED_ASC("a.published, a.key"), PUBLISHED_DESC("a.published DESC, a.key DESC");

        private final String cypher;

        Order(String cypher) {
            this.cypher = cypher;
        }

    }

    /** The rows of one page, whether more rows follow it, and the total when it was asked for. */
    public record Page(List<Map<String, Object>> rows, boolean more, Long total) {

        public Page(List<Map<String, Object>> rows, boolean more) {
            this(rows, more, null);
        }

    }

    private final ReadQueries reads;

    PagedReader(ReadQueries reads) {
        this.reads = reads;
    }

    /**
     * @param anchor when given, the query starts from the entities it names and follows their ABOUT/SAID
     * relationships, instead of testing every statement
     */
    public Page statements(Filter.Anchor anchor, Filter.Condition where, Order order, long skip, int limit) {
        return page(matchStatements(anchor, where) + " RETURN " + GraphReader.STATEMENT.formatted("s") + " AS row ORDER BY " + order.cypher,
                withAnchor(anchor, where), skip, limit);
    }

    /** One page and the number of all matching statements, in one query (one scan instead of two). */
    @SuppressWarnings("unchecked")
    public Page statementsWithTotal(Filter.Anchor anchor, Filter.Condition where, Order order, long skip, int limit) {
        var parameters = new HashMap<>(withAnchor(anchor, where).parameters());
        parameters.put("skip", skip);
        parameters.put("end", skip + limit + 1);
        var row = this.reads.rows(matchStatements(anchor, where) + " WITH s ORDER BY " + order.cypher + """
                 WITH collect(s) AS matching
                RETURN size(matching) AS total, [s IN matching[$skip..$end] | %s] AS rows
                """.formatted(GraphReader.STATEMENT.formatted("s")), parameters).getFirst();
        var rows = (List<Map<String, Object>>) row.get("rows");
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more, ((Number) row.get("total")).longValue());
    }

    public long countStatements(Filter.Anchor anchor, Filter.Condition where) {
        return count(matchStatements(anchor, where) + " RETURN count(s)", withAnchor(anchor, where));
    }

    private static String matchStatements(Filter.Anchor anchor, Filter.Condition where) {
        if (anchor == null) {
            return "MATCH (s:Statement) WHERE " + where.cypher();
        }
        var pattern = anchor.relationship().equals("ABOUT") ? "(anchor)<-[:ABOUT]-(s:Statement)" : "(anchor)-[:SAID]->(s:Statement)";
        return "MATCH (anchor:Person|State|Organization|Treaty|MissileSystem|Region) WHERE "
                + Filter.ENTITY_REFERENCE.formatted("anchor", "$anchorRef") + " MATCH " + pattern + " WITH DISTINCT s WHERE " + where.cypher();
    }

    private static Filter.Condition withAnchor(Filter.Anchor anchor, Filter.Condition where) {
        return anchor == null ? where : with(where, "anchorRef", anchor.reference());
    }

    /** Entities of any label (narrowed by {@code label}/{@code label_in} in the filter). */
    public Page entities(Filter.Condition where, Order order, long skip, int limit) {
        return page("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $entityLabels) AND " + where.cypher() + " RETURN "
                + GraphReader.ENTITY.formatted("n") + " AS row ORDER BY " + order.cypher, where, skip, limit);
    }

    public long countEntities(Filter.Condition where) {
        return count("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $entityLabels) AND " + where.cypher() + " RETURN count(n)", where);
    }

    /** Entities of one label: the label scan keeps these lists cheap. */
    public Page entities(String label, Filter.Condition where, Order order, long skip, int limit) {
        return page("MATCH (n:$($label)) WHERE " + where.cypher() + " RETURN " + GraphReader.ENTITY.formatted("n")
                + " AS row ORDER BY " + order.cypher, with(where, "label", label), skip, limit);
    }

    public long countEntities(String label, Filter.Condition where) {
        return count("MATCH (n:$($label)) WHERE " + where.cypher() + " RETURN count(n)", with(where, "label", label));
    }

    public Page articles(Filter.Condition where, Order order, long skip, int limit) {
        return page("MATCH (a:Article) WHERE " + where.cypher() + " RETURN " + GraphReader.ARTICLE.formatted("a")
                + " AS row ORDER BY " + order.cypher, where, skip, limit);
    }

    public long countArticles(Filter.Condition where) {
        return count("MATCH (a:Article) WHERE " + where.cypher() + " RETURN count(a)", where);
    }

    private static Filter.Condition with(Filter.Condition where, String name, Object value) {
        var parameters = new HashMap<>(where.parameters());
        parameters.put(name, value);
        return new Filter.Condition(where.cypher(), parameters);
    }

    private Page page(String cypher, Filter.Condition where, long skip, int limit) {
        var parameters = withEntityLabels(where);
        parameters.put("skip", skip);
        parameters.put("limit", limit + 1L);
        var rows = this.reads.maps(cypher + " SKIP $skip LIMIT $limit", parameters, "row");
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more);
    }

    private long count(String cypher, Filter.Condition where) {
        return this.reads.count(cypher, withEntityLabels(where));
    }

    private static Map<String, Object> withEntityLabels(Filter.Condition where) {
        var parameters = new HashMap<>(where.parameters());
        parameters.put("entityLabels", GraphReader.ENTITY_LABELS);
        return parameters;
    }

}
