package org.treatygraph.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on exports, which are served to anyone who can reach the HTTP port.
 *
 * @param maxDepth the deepest {@code around} neighbourhood served: around a treaty, three hops already reach
 * most of a news graph (treaty → statement → article → everything the article mentions)
 * @param queryTimeout how long one export query may run before the database stops it
 */
@ConfigurationProperties("treatygraph.export")
public record ExportProperties(@DefaultValue("3") int maxDepth, @DefaultValue("30s") Duration queryTimeout) {
}
