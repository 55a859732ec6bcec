/**
 * Extraction: an {@link org.treatygraph.article.Article} in, an {@link org.treatygraph.extraction.ExtractedGraph}
 * out. Pure Java, no database, deterministic. The stages, each a package-private class that can be
 * replaced on its own: sentence segmentation ({@code Sentences}, ICU), entity recognition against the
 * versioned gazetteer plus title-introduced people ({@code EntityRecognizer}), quotes and reported speech
 * with their speakers ({@code StatementExtractor}), dates ({@code DateResolver}), dated acts on treaties
 * and deployments ({@code EventExtractor}), and stance ({@code StanceClassifier}).
 * <p>
 * Public surface: {@link org.treatygraph.extraction.Extractor}, the {@code ExtractedGraph} records and the
 * graph vocabulary ({@link org.treatygraph.extraction.EntityLabel}, {@link org.treatygraph.extraction.RelationType}).
 */
package org.treatygraph.extraction;
