package org.treatygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import graphql.relay.Connection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import graphql.schema.DataFetchingEnvironment;

import org.treatygraph.graph.PagedReader;

/**
 * Relay cursor connections over offset pages. A cursor is the opaque (base64) position of an item in
 * the ordered, filtered list, so {@code after}/{@code before} work with any {@code orderBy}. The total is
 * counted only when the query selects {@code totalCount}, or when paging backwards from the end needs it.
 */
final class Connections {

    /** Loads {@code limit} rows from position {@code skip}, telling whether more follow. */
    @FunctionalInterface
    interface PageLoader {

        PagedReader.Page load(long skip, int limit);

    }

    /**
     * The connection as GraphQL Java's own type (Spring for GraphQL passes those through untouched), plus
     * {@code nodes} and {@code totalCount}, which the Relay type does not have.
     */
    record Page(List<Edge<Map<String, Object>>> getEdges, PageInfo getPageInfo, List<Map<String, Object>> nodes, Long totalCount)
            implements Connection<Map<String, Object>> {
    }

    private static final String PREFIX = "position:";

    private Connections() {
    }

    static Page connection(DataFetchingEnvironment env, ApiProperties properties, PageLoader loader, LongSupplier counter) {
        return connection(env, properties, loader, counter, null);
    }

    /**
     * @param loaderWithTotal when given, used for forward pages that select {@code totalCount}: it returns
     * the page and the total from one query
     */
    static Page connection(DataFetchingEnvironment env, ApiProperties properties, PageLoader loader, LongSupplier counter,
            PageLoader loaderWithTotal) {
        Integer first = env.getArgument("first");
        Integer last = env.getArgument("last");
        String after = env.getArgument("after");
        String before = env.getArgument("before");
        if (first != null && last != null) {
            throw new InvalidArgumentException("Give either first/after (forwards) or last/before (backwards), not both");
        }
        if ((first != null && first < 0) || (last != null && last < 0)) {
            throw new InvalidArgumentException("first and last cannot be negative");
        }
        boolean backwards = last != null;
        boolean countInPage = loaderWithTotal != null && !backwards && env.getSelectionSet().contains("totalCount");
        Long total = !countInPage && env.getSelectionSet().contains("totalCount") ? counter.getAsLong() : null;
        long skip;
        int limit;
        if (!backwards) {
            skip = after == null ? 0 : decode(after) + 1;
            limit = properties.pageSize(first);
            if (before != null) {
                limit = (int) Math.max(0, Math.min(limit, decode(before) - skip));
            }
        }
        else {
            long end;
            if (before != null) {
                end = decode(before);
            }
            else {
                if (total == null) {
                    total = counter.getAsLong();
                }
                end = total;
            }
            skip = Math.max(0, end - properties.pageSize(last));
            if (after != null) {
                skip = Math.max(skip, decode(after) + 1);
            }
            limit = (int) Math.max(0, end - skip);
        }
        var page = countInPage ? loaderWithTotal.load(skip, limit) : loader.load(skip, limit);
        if (countInPage) {
            total = page.total();
        }
        var edges = new ArrayList<Edge<Map<String, Object>>>();
        for (int i = 0; i < page.rows().size(); i++) {
            edges.add(new DefaultEdge<>(page.rows().get(i), new DefaultConnectionCursor(encode(skip + i))));
        }
        // Backwards, the items before `before` exist by definition; from the end there are none.
        var pageInfo = new DefaultPageInfo(edges.isEmpty() ? null : edges.getFirst().getCursor(),
                edges.isEmpty() ? null : edges.getLast().getCursor(), skip > 0, backwards ? before != null : page.more());
        return new Page(edges, pageInfo, List.copyOf(page.rows()), total);
    }

    /**
     * A forward connection over one loaded page that starts at position {@code skip} (nested connections:
     * their pages come from a DataLoader, see {@link EdgeWiring}).
     */
    static Page forward(PagedReader.Page page, long skip) {
        var edges = new ArrayList<Edge<Map<String, Object>>>();
        for (int i = 0; i < page.rows().size(); i++) {
            edges.add(new DefaultEdge<>(page.rows().get(i), new DefaultConnectionCursor(encode(skip + i))));
        }
        var pageInfo = new DefaultPageInfo(edges.isEmpty() ? null : edges.getFirst().getCursor(),
                edges.isEmpty() ? null : edges.getLast().getCursor(), skip > 0, page.more());
        return new Page(edges, pageInfo, List.copyOf(page.rows()), page.total());
    }

    /** The position after the item {@code after} points at: where a forward page starts. */
    static long start(String after) {
        return after == null ? 0 : decode(after) + 1;
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            long position = Long.parseLong(text.substring(PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidArgumentException("Not a cursor from this API: " + cursor);
        }
    }

}
