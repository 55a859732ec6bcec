package org.treatygraph.support;

import org.treatygraph.benchmark.SyntheticCorpus;
import org.treatygraph.graph.GraphWriter;

/**
 * The generated part of the test graph: {@link #ARTICLES} synthetic articles of
 * {@link #STATEMENTS_PER_ARTICLE} statements each, written once through the real {@link GraphWriter}
 * beside the bundled samples (writing again finds every article present and changes nothing).
 */
public final class GeneratedCorpus {

    public static final int ARTICLES = 40;

    public static final int STATEMENTS_PER_ARTICLE = 5;

    public static final SyntheticCorpus CORPUS = new SyntheticCorpus(STATEMENTS_PER_ARTICLE, 42);

    private static boolean loaded;

    private GeneratedCorpus() {
    }

    public static synchronized void ensureLoaded(GraphWriter writer) {
        if (loaded) {
            return;
        }
        for (int i = 0; i < ARTICLES; i++) {
            writer.write(CORPUS.article(i));
        }
        loaded = true;
    }

}
