package org.treatygraph.extraction;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.treatygraph.extraction.ExtractedGraph.Entity;
import org.treatygraph.extraction.ExtractedGraph.Statement;

/**
 * What the learned stance model sees of a statement, as OpenNLP context predicates: what the cue rules
 * decided ({@code rule=opposes}), who speaks about what ({@code about=treaty}, {@code other-state}: a state's
 * voice on another state), and the words of the statement ({@code w:regret}, {@code b:call_on}) and of its
 * attribution ({@code e:welcomed}). Computed from an {@link ExtractedGraph} whose stances are still the
 * rules', both when the model is trained and when it is applied, so the two cannot drift apart.
 * <p>
 * One traversal serves both: {@link #of} names the features (for training and for reading), {@link #hashes}
 * gives the same features as 64-bit FNV-1a hashes of those names, built from the characters as they are
 * read, without a string per feature: deciding a stance is then a few table look-ups.
 */
public final class StanceFeatures {

    static final String RULE = "rule=";

    static final String WORD = "w:";

    static final String BIGRAM = "b:";

    static final String ATTRIBUTION = "e:";

    private static final long FNV_BASIS = 0xcbf29ce484222325L;

    private static final long FNV_PRIME = 0x100000001b3L;

    private static final long WORD_SEED = hash(FNV_BASIS, WORD);

    private static final long BIGRAM_SEED = hash(FNV_BASIS, BIGRAM);

    private static final long ATTRIBUTION_SEED = hash(FNV_BASIS, ATTRIBUTION);

    private final ExtractedGraph graph;

    /** The graph's entities by key, made when a speaker that is not a state is first looked up. */
    private Map<String, Entity> entities;

    /** @param graph extracted with the cue rules alone: its stances are the rules' */
    public StanceFeatures(ExtractedGraph graph) {
        this.graph = graph;
    }

    /** The hash {@link #hashes} gives the feature of this name. */
    static long hash(String name) {
        return hash(FNV_BASIS, name);
    }

    private static long hash(long hash, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** The statement's features by name, each once. */
    public String[] of(Statement statement) {
        var names = new LinkedHashSet<String>();
        visit(statement, new Sink() {

            @Override
            public void name(String... parts) {
                names.add(String.join("", parts));
            }

            @Override
            public void word(String prefix, String text, int start, int end, long hash) {
                names.add(prefix + lowerCase(text, start, end));
            }

            @Override
            public void bigram(String text, int start1, int end1, int start2, int end2, long hash) {
                names.add(BIGRAM + lowerCase(text, start1, end1) + "_" + lowerCase(text, start2, end2));
            }

        });
        return names.toArray(String[]::new);
    }

    /** The same features as {@link #of}, as their name hashes, each once, in no particular order. */
    long[] hashes(Statement statement) {
        var set = new LongSet();
        visit(statement, new Sink() {

            @Override
            public void name(String... parts) {
                long hash = FNV_BASIS;
                for (var part : parts) {
                    hash = hash(hash, part);
                }
                set.add(hash);
            }

            @Override
            public void word(String prefix, String text, int start, int end, long hash) {
                set.add(hash);
            }

            @Override
            public void bigram(String text, int start1, int end1, int start2, int end2, long hash) {
                set.add(hash);
            }

        });
        return set.toArray();
    }

    /**
     * A set of hashes, open addressing, for the few hundred features of one statement: no boxing, no sort.
     * Zero marks an empty slot; a feature hash of exactly zero would be dropped (one chance in 2^64).
     */
    private static final class LongSet {

        private long[] slots = new long[256];

        private int size;

        void add(long hash) {
            if (hash == 0) {
                return;
            }
            if (this.size * 2 >= this.slots.length) {
                var old = this.slots;
                this.slots = new long[old.length * 2];
                this.size = 0;
                for (var kept : old) {
                    if (kept != 0) {
                        add(kept);
                    }
                }
            }
            int mask = this.slots.length - 1;
            int slot = (int) (hash ^ (hash >>> 29)) & mask;
            while (this.slots[slot] != 0) {
                if (this.slots[slot] == hash) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            this.slots[slot] = hash;
            this.size++;
        }

        long[] toArray() {
            var values = new long[this.size];
            int i = 0;
            for (var hash : this.slots) {
                if (hash != 0) {
                    values[i++] = hash;
                }
            }
            return values;
        }

    }

    /** Lower-cased as the hashes read it: character by character. */
    private static String lowerCase(String text, int start, int end) {
        var lower = new char[end - start];
        for (int i = start; i < end; i++) {
            lower[i - start] = lower(text.charAt(i));
        }
        return new String(lower);
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII letters of English text first. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Where features go, by name or by hash. A word feature is its prefix and the lower-cased
     * {@code text[start, end)}; a bigram is {@code b:} and two such words joined by "_". The hash given is
     * that of the feature's name, computed while the words were read.
     */
    private interface Sink {

        /** A feature named by these parts, joined. */
        void name(String... parts);

        void word(String prefix, String text, int start, int end, long hash);

        void bigram(String text, int start1, int end1, int start2, int end2, long hash);

    }

    private void visit(Statement statement, Sink sink) {
        var rule = statement.stance().name();
        var kind = statement.kind().name();
        var about = statement.about().isEmpty() ? null : statement.about().get(0);
        var aboutLabel = about == null ? "none" : labelOf(about);
        sink.name(RULE, rule);
        sink.name("rule+kind=", rule, "+", kind);
        sink.name("about=", aboutLabel);
        sink.name("rule+about=", rule, "+", aboutLabel);
        sink.name("kind=", kind);
        sink.name("speaker=", labelOf(statement.speaker()));
        var speakerState = stateOf(statement.speaker(), 0);
        if (about != null && (about.equals(speakerState) || about.equals(statement.speaker()))) {
            sink.name("own-side");
        }
        else if (about != null && about.startsWith(EntityLabel.State.keyPrefix() + "/")) {
            sink.name("other-state");
        }
        if (about != null && speakerState != null) {
            relations(about, speakerState, sink);
        }
        if (speakerState != null) {
            // Writers read the same words differently from each side: Moscow "regretting" a US step opposes it.
            sink.name("side=", speakerState);
            sink.name("side+about=", speakerState, "+", aboutLabel);
            if (about != null) {
                sink.name("side+subject=", speakerState, "+", about);
            }
        }
        var said = statement.text();
        words(said, 0, said.length(), true, sink);
        var text = this.graph.article().text();
        int start = statement.start();
        int end = statement.end();
        if (start < 0 || end > text.length() || start >= end || end - start == said.length() && text.startsWith(said, start)) {
            return;
        }
        // The sentence around reported speech: outside what was said, its words are the attribution.
        int at = said.isEmpty() ? -1 : text.indexOf(said, start);
        if (at < 0 || at + said.length() > end) {
            words(text, start, end, false, sink);
            return;
        }
        words(text, start, at, false, sink);
        words(text, at + said.length(), end, false, sink);
    }

    /**
     * Reads the words of {@code text[from, to)} in one pass: a letter, then letters, apostrophes and hyphens,
     * ASCII after lower-casing ("U.S." is "u", "s"). Said words give word and bigram features; attribution
     * words give {@code e:} features. Each feature's name hash is built as its characters go by.
     */
    private static void words(String text, int from, int to, boolean saidWords, Sink sink) {
        long bigramPrefix = 0;
        int previousStart = -1;
        int previousEnd = -1;
        int i = from;
        while (i < to) {
            char c = lower(text.charAt(i));
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int start = i;
            long word = saidWords ? WORD_SEED : ATTRIBUTION_SEED;
            long bigram = bigramPrefix;
            long nextPrefix = BIGRAM_SEED;
            while (i < to) {
                char d = lower(text.charAt(i));
                if ((d < 'a' || d > 'z') && d != '\'' && d != '-') {
                    break;
                }
                word = (word ^ d) * FNV_PRIME;
                bigram = (bigram ^ d) * FNV_PRIME;
                nextPrefix = (nextPrefix ^ d) * FNV_PRIME;
                i++;
            }
            if (!saidWords) {
                sink.word(ATTRIBUTION, text, start, i, word);
                continue;
            }
            sink.word(WORD, text, start, i, word);
            if (previousStart >= 0) {
                sink.bigram(text, previousStart, previousEnd, start, i, bigram);
            }
            bigramPrefix = (nextPrefix ^ '_') * FNV_PRIME;
            previousStart = start;
            previousEnd = i;
        }
    }

    /**
     * How the speaker's side stands to the subject in the article's own facts: a system of its own or of a
     * rival, one it deploys or hosts, a treaty it has acted on. A side defending what it did reads as
     * support even when its words are hard.
     */
    private void relations(String about, String speakerState, Sink sink) {
        if (about.startsWith(EntityLabel.MissileSystem.keyPrefix() + "/")) {
            var owner = stateOf(about, 0);
            if (owner != null) {
                sink.name(owner.equals(speakerState) ? "own-system" : "rival-system");
            }
        }
        for (var relationship : this.graph.relationships()) {
            if (relationship.type() == RelationType.DEPLOYED_IN && relationship.from().equals(about)) {
                if (speakerState.equals(relationship.properties().get("by"))) {
                    sink.name("side-deploys");
                }
                else if (speakerState.equals(relationship.to())) {
                    sink.name("side-hosts");
                }
            }
            else if (relationship.from().equals(speakerState) && relationship.to().equals(about)) {
                sink.name("side-acted=", relationship.type().name());
            }
        }
    }

    private static String labelOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** The state an entity speaks for: itself, its "state", or the state of its body. */
    private String stateOf(String key, int depth) {
        if (key == null || depth > 3) {
            return null;
        }
        if (key.startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return key;
        }
        if (this.entities == null) {
            this.entities = new HashMap<>();
            for (var entity : this.graph.entities()) {
                this.entities.put(entity.key(), entity);
            }
        }
        var entity = this.entities.get(key);
        if (entity == null) {
            return null;
        }
        if (entity.properties().get("state") instanceof String state && state.startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return state;
        }
        return entity.properties().get("organization") instanceof String body ? stateOf(body, depth + 1) : null;
    }

}
