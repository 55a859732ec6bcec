package org.treatygraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultPageSize list size when a query gives no {@code first}
 * @param maxPageSize the most a list query returns, whatever {@code first} asks for
 */
@ConfigurationProperties("treatygraph.api")
record ApiProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize) {

    int pageSize(Integer first) {
        if (first == null) {
            return this.defaultPageSize;
        }
        return Math.max(0, Math.min(first, this.maxPageSize));
    }

}
