package org.treatygraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from hurting the server.
 *
 * @param defaultPageSize list size when a query gives no {@code first}/{@code last}
 * @param maxPageSize the most a list query returns, whatever {@code first} asks for
 * @param maxDepth deepest field nesting a query may have
 * @param maxComplexity most fields a query may resolve, counting list fields as repeated (see
 * {@link ApiLimits})
 * @param maxPathHops longest path {@code path} searches
 * @param maxNeighbourhoodDepth most hops {@code neighbourhood} expands
 * @param maxNeighbourhoodNodes most nodes {@code neighbourhood} returns
 */
@ConfigurationProperties("treatygraph.api")
record ApiProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize,
        @DefaultValue("12") int maxDepth, @DefaultValue("200000") int maxComplexity, @DefaultValue("6") int maxPathHops,
        @DefaultValue("3") int maxNeighbourhoodDepth, @DefaultValue("500") int maxNeighbourhoodNodes) {

    int pageSize(Integer first) {
        if (first == null) {
            return this.defaultPageSize;
        }
        return Math.max(0, Math.min(first, this.maxPageSize));
    }

}
