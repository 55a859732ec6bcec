package org.treatygraph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.treatygraph.article.Article;

/**
 * What the stages share about one article: its text, sentences, entity mentions and entities, and the state it
 * is written from ({@code homeState}, or null), whose government an unqualified "government spokesman" speaks for.
 */
record ArticleContext(Article article, String text, List<Sentences.Sentence> sentences, List<Mention> mentions,
        EntityRegistry registry, String homeState) {

    LocalDate reference() {
        return this.article.referenceDate();
    }

    /** The mentions inside {@code [start, end)}, in text order (mentions are sorted by start: binary search). */
    List<Mention> mentionsIn(int start, int end) {
        int low = 0;
        int high = this.mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (this.mentions.get(middle).start() < start) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        var inside = new java.util.ArrayList<Mention>();
        for (int i = low; i < this.mentions.size() && this.mentions.get(i).start() < end; i++) {
            if (this.mentions.get(i).end() <= end) {
                inside.add(this.mentions.get(i));
            }
        }
        return inside;
    }

    /** The sentence containing {@code offset}, or the last one before it. */
    Sentences.Sentence sentenceAt(int offset) {
        Sentences.Sentence found = this.sentences.isEmpty() ? null : this.sentences.get(0);
        for (var sentence : this.sentences) {
            if (sentence.start() > offset) {
                break;
            }
            found = sentence;
        }
        return found;
    }

    /** The sentence before {@code sentence}, or null for the first. */
    Sentences.Sentence previous(Sentences.Sentence sentence) {
        return sentence.index() > 0 ? this.sentences.get(sentence.index() - 1) : null;
    }

    /** The sentence after {@code sentence}, or null for the last. */
    Sentences.Sentence next(Sentences.Sentence sentence) {
        return sentence.index() + 1 < this.sentences.size() ? this.sentences.get(sentence.index() + 1) : null;
    }

    /** The first sentence of the story's body, after any headline and page furniture: the lead; null if none. */
    Sentences.Sentence lead() {
        for (var sentence : this.sentences) {
            if (sentence.end() > this.article.bodyStart()) {
                return sentence;
            }
        }
        return null;
    }

    String state(String entityKey) {
        if (entityKey == null) {
            return null;
        }
        if (entityKey.startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return entityKey;
        }
        var builder = this.registry.get(entityKey);
        if (builder == null) {
            return null;
        }
        var state = builder.property("state");
        if (state != null && state.startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return state;
        }
        var organization = builder.property("organization");
        return organization != null ? state(organization) : null;
    }

}
