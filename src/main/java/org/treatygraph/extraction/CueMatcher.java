package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds whole-word cues from a long list of small regexes written in lower case ("regret\w*", "ready
 * to", "no longer (?:\w+ ){0,3}bound"); lower-case the text first when case should not matter. One
 * alternation of hundreds of cues makes the regex engine try each of them at every word; here each cue
 * is indexed by its first letters, so a word is tried only against the few cues that can start with it.
 * At a position the longest match wins; matches do not overlap.
 */
final class CueMatcher {

    /** A cue found at {@code [start, end)}. */
    record Found(String text, int start, int end) {
    }

    private static final int PREFIX = 3;

    private final Map<String, List<Pattern>> byPrefix = new HashMap<>();

    private final List<Pattern> unindexed = new ArrayList<>();

    /** @param alternatives lower-case regexes separated by top-level {@code |} */
    CueMatcher(String alternatives) {
        for (var alternative : Lexicon.splitTopLevel(alternatives)) {
            var pattern = Pattern.compile(alternative);
            var prefix = literalPrefix(alternative);
            if (prefix.length() >= PREFIX) {
                this.byPrefix.computeIfAbsent(prefix.substring(0, PREFIX), k -> new ArrayList<>()).add(pattern);
            }
            else {
                this.unindexed.add(pattern);
            }
        }
    }

    /** The literal text an alternative must start with: up to its first regex syntax character. */
    private static String literalPrefix(String alternative) {
        int i = 0;
        while (i < alternative.length() && "\\[](){}?*+|.^$".indexOf(alternative.charAt(i)) < 0) {
            i++;
        }
        // A quantifier applies to the character before it, which is then not certain to be there.
        if (i < alternative.length() && "?*{".indexOf(alternative.charAt(i)) >= 0 && i > 0) {
            i--;
        }
        return alternative.substring(0, i);
    }

    List<Found> find(String lower) {
        var found = new ArrayList<Found>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            if (!Character.isLetter(lower.charAt(i)) || (i > 0 && isWordChar(lower.charAt(i - 1)))) {
                i++;
                continue;
            }
            int best = -1;
            var candidates = i + PREFIX <= n ? this.byPrefix.get(lower.substring(i, i + PREFIX)) : null;
            if (candidates != null) {
                best = longest(candidates, lower, i, best);
            }
            best = longest(this.unindexed, lower, i, best);
            if (best > i) {
                found.add(new Found(lower.substring(i, best), i, best));
                i = best;
            }
            else {
                i++;
            }
        }
        return found;
    }

    /** The furthest whole-word end any of {@code patterns} reaches from {@code at}, or {@code best}. */
    private static int longest(List<Pattern> patterns, String text, int at, int best) {
        for (var pattern : patterns) {
            var m = pattern.matcher(text);
            m.region(at, text.length());
            if (m.lookingAt() && m.end() > best && (m.end() == text.length() || !isWordChar(text.charAt(m.end())))) {
                best = m.end();
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

}
