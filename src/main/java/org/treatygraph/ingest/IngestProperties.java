package org.treatygraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxArticleSize larger files (or JSON lines) are refused: no news article is this long, and
 * reading one into memory must not be a way to exhaust the server
 * @param loadSamples ingest the bundled sample articles when the application starts on an empty database
 */
@ConfigurationProperties("treatygraph.ingest")
public record IngestProperties(@DefaultValue("5MB") DataSize maxArticleSize, @DefaultValue("true") boolean loadSamples) {
}
