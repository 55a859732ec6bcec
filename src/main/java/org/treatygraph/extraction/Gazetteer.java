package org.treatygraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * The domain gazetteer (a versioned data file, {@code gazetteer/gazetteer.psv}) and an Aho-Corasick
 * matcher over every name and alias in it: one pass over the text finds all known names, longest first.
 */
final class Gazetteer {

    static final String RESOURCE = "/gazetteer/gazetteer.psv";

    /** One known entity. {@code capitals} are the aliases that only stand for the government. */
    record Entry(String key, EntityLabel label, String name, List<String> aliases, List<String> capitals,
            Map<String, String> properties) {

        String property(String name) {
            return this.properties.get(name);
        }

    }

    /** A match of a known name in the text; {@code end} is exclusive. */
    record Hit(int start, int end, Entry entry, String matched, boolean capital) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    private final Map<String, List<Alias>> byLowerAlias = new HashMap<>();

    /** People by their transliteration-tolerant key name, so respelt names find their entry at once. */
    private final Map<String, Entry> personByKeyName = new HashMap<>();

    private final WordStartTrie<String> trie = new WordStartTrie<>();

    /**
     * The library's double-array trie, walked from word starts only. Names are whole words, so an
     * Aho-Corasick scan of every character (which reports "us" inside "Russia" and "thus") does work the
     * whole-word check would throw away. The walk reads the arrays the library exposes to subclasses
     * (generic, as the library's values array is an {@code Object[]}).
     */
    private static final class WordStartTrie<V> extends AhoCorasickDoubleArrayTrie<V> {

        /** Every keyword that starts at {@code start} of {@code text}, shortest first. */
        void keywordsAt(char[] text, int start, IHit<V> hit) {
            int state = 0;
            for (int i = start; i < text.length; i++) {
                int from = this.base[state];
                int next = from + text[i] + 1;
                if (next >= this.check.length || this.check[next] != from) {
                    return;
                }
                state = next;
                var outputs = this.output[state];
                if (outputs != null) {
                    // A state's outputs include the keywords that end there as suffixes ("us" in "rus"): only
                    // those as long as the walk start here.
                    for (int keyword : outputs) {
                        if (this.l[keyword] == i + 1 - start) {
                            hit.hit(start, i + 1, this.v[keyword]);
                        }
                    }
                }
            }
        }

    }

    /** @param abbreviation the form is a short all-capitals abbreviation, matched only as written */
    private record Alias(Entry entry, String form, boolean capital, boolean abbreviation) {

        Alias(Entry entry, String form, boolean capital) {
            this(entry, form, capital, isAbbreviation(form));
        }

        private static boolean isAbbreviation(String form) {
            var letters = form.replaceAll("[^A-Za-z]", "");
            return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
        }

    }

    private Gazetteer(List<Entry> entries) {
        for (var entry : entries) {
            this.byKey.put(entry.key(), entry);
            register(entry, entry.name(), false);
            entry.aliases().forEach(alias -> register(entry, alias, false));
            entry.capitals().forEach(alias -> register(entry, alias, true));
            this.capitalNames.addAll(entry.capitals());
            if (entry.label() == EntityLabel.Person) {
                this.personByKeyName.putIfAbsent(Lexicon.personKeyName(entry.name()), entry);
            }
        }
        var keywords = new java.util.TreeMap<String, String>();
        this.byLowerAlias.keySet().forEach(lower -> keywords.put(lower, lower));
        this.trie.build(keywords);
    }

    /** Capital cities as written ("Vienna", "New Delhi"). */
    private final java.util.Set<String> capitalNames = new java.util.HashSet<>();

    boolean isCapitalName(String word) {
        return this.capitalNames.contains(word);
    }

    private void register(Entry entry, String form, boolean capital) {
        var lower = form.toLowerCase(Locale.ROOT);
        this.byLowerAlias.computeIfAbsent(lower, k -> new ArrayList<>()).add(new Alias(entry, form, capital));
    }

    private static Gazetteer shared;

    /** The bundled gazetteer, loaded once per JVM (it is immutable). */
    static synchronized Gazetteer bundled() {
        if (shared == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Gazetteer resource " + RESOURCE + " is missing from the classpath");
                }
                shared = parse(in);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return shared;
    }

    static Gazetteer parse(InputStream in) throws IOException {
        var entries = new ArrayList<Entry>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\\|", -1);
            if (fields.length < 3) {
                throw new IllegalStateException("Gazetteer line " + number + " needs label|key|name[|aliases|properties]");
            }
            var label = EntityLabel.valueOf(fields[0].strip());
            var aliases = new ArrayList<String>();
            var capitals = new ArrayList<String>();
            if (fields.length == 4 && fields[3].matches("(?:[a-zA-Z]+=[^;]*;?)+")) {
                // A forgotten alias column would turn "role=…" into a name that matches nothing.
                throw new IllegalStateException("Gazetteer line " + number + " has properties in the alias column");
            }
            if (fields.length > 3) {
                for (var alias : fields[3].split(";")) {
                    if (alias.isBlank()) {
                        continue;
                    }
                    if (alias.startsWith("@")) {
                        capitals.add(alias.substring(1).strip());
                    }
                    else {
                        aliases.add(alias.strip());
                    }
                }
            }
            if (label == EntityLabel.Organization) {
                spelledOut(fields[2].strip(), aliases);
            }
            var properties = new LinkedHashMap<String, String>();
            if (fields.length > 4) {
                for (var pair : fields[4].split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        properties.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
            }
            var key = label.keyPrefix() + "/" + fields[1].strip();
            entries.add(new Entry(key, label, fields[2].strip(), List.copyOf(aliases), List.copyOf(capitals),
                    java.util.Collections.unmodifiableMap(properties)));
        }
        return new Gazetteer(entries);
    }

    /**
     * "United States Army" for "US Army": a US body is written with its state spelled out as often as not, so
     * the gazetteer need not list both forms of every one.
     */
    private static void spelledOut(String name, List<String> aliases) {
        for (var form : java.util.stream.Stream.concat(java.util.stream.Stream.of(name), List.copyOf(aliases).stream()).toList()) {
            var rest = form.startsWith("US ") ? form.substring(3) : form.startsWith("U.S. ") ? form.substring(5) : null;
            if (rest != null && !aliases.contains("United States " + rest)) {
                aliases.add("United States " + rest);
            }
        }
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(this.byKey.get(key));
    }

    /** The entry a name (or alias) denotes, matched without regard to case. */
    Optional<Entry> lookup(String name) {
        var aliases = this.byLowerAlias.get(name.toLowerCase(Locale.ROOT));
        return aliases == null ? Optional.empty() : Optional.of(aliases.get(0).entry());
    }

    /** The known person whose name, respelt ("Sergei"/"Sergey"), is {@code name}. */
    Optional<Entry> personByName(String name) {
        return Optional.ofNullable(this.personByKeyName.get(Lexicon.personKeyName(name)));
    }

    /** Entries of one label, in file order. */
    List<Entry> entries(EntityLabel label) {
        return this.byKey.values().stream().filter(e -> e.label() == label).toList();
    }

    /** "Iskanders", "Kinzhals": a missile system's capitalised name ending in a letter, then a plural "s" and the word's end. */
    private boolean pluralOfSystem(char[] lower, int end, String keyword) {
        if (lower[end] != 's' || end + 1 < lower.length && Character.isLetterOrDigit(lower[end + 1]) || !Character.isLetter(lower[end - 1])
                || lower[end - 1] == 's') {
            return false;
        }
        for (var alias : this.byLowerAlias.get(keyword)) {
            if (alias.entry().label() == EntityLabel.MissileSystem && Character.isUpperCase(alias.form().charAt(0)) && !alias.abbreviation()) {
                return true;
            }
        }
        return false;
    }

    /** "Soviet SS-20s": a name ending in a digit, then a plural "s" and the word's end. */
    private static boolean pluralOfNumbered(char[] lower, int end) {
        return lower[end] == 's' && Character.isDigit(lower[end - 1]) && (end + 1 == lower.length || !Character.isLetterOrDigit(lower[end + 1]));
    }

    /** Every known name in {@code text[from, to)}, non-overlapping, longest match first. */
    List<Hit> find(String text, int from, int to) {
        // Offsets must stay those of the text: lower-cased char by char where a letter changes length ("İ").
        var stretch = text.substring(from, to);
        var lowered = stretch.toLowerCase(Locale.ROOT);
        char[] lower;
        if (lowered.length() == stretch.length()) {
            lower = lowered.toCharArray();
        }
        else {
            lower = new char[to - from];
            for (int i = from; i < to; i++) {
                lower[i - from] = Character.toLowerCase(text.charAt(i));
            }
        }
        // Every whole-word occurrence of a name, then the longest first, dropping those they overlap.
        var candidates = new ArrayList<int[]>();
        var keywords = new ArrayList<String>();
        AhoCorasickDoubleArrayTrie.IHit<String> wholeWord = (begin, end, keyword) -> {
            if (end == lower.length || !Character.isLetterOrDigit(lower[end]) || pluralOfNumbered(lower, end)) {
                candidates.add(new int[] { begin, end, keywords.size(), 0 });
                keywords.add(keyword);
            }
            else if (pluralOfSystem(lower, end, keyword)) {
                // "Iskanders have stood in Kaliningrad since 2018": the plural of a system's name, the "s" in the mention.
                candidates.add(new int[] { begin, end + 1, keywords.size(), 1 });
                keywords.add(keyword);
            }
        };
        for (int i = 0; i < lower.length; i++) {
            // Every name starts with a letter or digit.
            if (Character.isLetterOrDigit(lower[i]) && (i == 0 || !Character.isLetterOrDigit(lower[i - 1]))) {
                this.trie.keywordsAt(lower, i, wholeWord);
            }
        }
        // A name in the wrong case is no name, and hides none of the shorter names inside it: "a treaty on security
        // guarantees within the Union State" still names the Union State.
        var aliases = new Alias[keywords.size()];
        candidates.removeIf(candidate -> (aliases[candidate[2]] = aliasMatching(text.substring(from + candidate[0],
                from + candidate[1] - candidate[3]), keywords.get(candidate[2]))) == null);
        candidates.sort((a, b) -> a[1] - a[0] != b[1] - b[0] ? (b[1] - b[0]) - (a[1] - a[0]) : a[0] - b[0]);
        var taken = new boolean[lower.length];
        var kept = new ArrayList<int[]>();
        for (var candidate : candidates) {
            boolean free = true;
            for (int i = candidate[0]; i < candidate[1] && free; i++) {
                free = !taken[i];
            }
            if (free) {
                java.util.Arrays.fill(taken, candidate[0], candidate[1], true);
                kept.add(candidate);
            }
        }
        kept.sort((a, b) -> a[0] - b[0]);
        var hits = new ArrayList<Hit>();
        for (var candidate : kept) {
            int start = from + candidate[0];
            int end = from + candidate[1];
            var matched = text.substring(start, end);
            var alias = aliases[candidate[2]];
            hits.add(new Hit(start, end, alias.entry(), matched, alias.capital()));
        }
        return hits;
    }

    /** The first alias written {@code keyword} whose case {@code matched} agrees with, or null. */
    private Alias aliasMatching(String matched, String keyword) {
        for (var alias : this.byLowerAlias.get(keyword)) {
            if (caseMatches(alias, matched)) {
                return alias;
            }
        }
        return null;
    }

    /**
     * Abbreviations in capitals ("US", "UN", "INF") must match in capitals, or "us" and "un-" would be
     * actors; a capitalised name must start with a capital ("Russian", not "russian roulette").
     */
    private static boolean caseMatches(Alias alias, String matched) {
        var form = alias.form();
        if (alias.abbreviation()) {
            return form.equals(matched);
        }
        if (Character.isUpperCase(form.charAt(0)) && !form.startsWith("the ")) {
            return Character.isUpperCase(matched.charAt(0));
        }
        return true;
    }

}
