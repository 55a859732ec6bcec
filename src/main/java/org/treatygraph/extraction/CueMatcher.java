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

    /** A cue found at {@code [start, end)}, from the list numbered {@code list} (0 for the first). */
    record Found(String text, int start, int end, int list) {
    }

    private record Cue(Pattern pattern, int list) {
    }

    private static final int PREFIX = 3;

    private final Map<String, List<Cue>> byPrefix = new HashMap<>();

    private final List<Cue> unindexed = new ArrayList<>();

    /**
     * @param lists lists of lower-case regexes, each separated by top-level {@code |}; one pass finds the
     * cues of all of them, each found cue saying which list it came from
     */
    CueMatcher(String... lists) {
        for (int list = 0; list < lists.length; list++) {
            for (var alternative : Lexicon.splitTopLevel(lists[list])) {
                var cue = new Cue(Pattern.compile(alternative), list);
                var prefix = literalPrefix(alternative);
                if (prefix.length() >= PREFIX) {
                    this.byPrefix.computeIfAbsent(prefix.substring(0, PREFIX), k -> new ArrayList<>()).add(cue);
                }
                else {
                    this.unindexed.add(cue);
                }
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
            var candidates = i + PREFIX <= n ? this.byPrefix.get(lower.substring(i, i + PREFIX)) : null;
            var best = longest(this.unindexed, lower, i, longest(candidates, lower, i, null));
            if (best != null) {
                found.add(best);
                i = best.end();
            }
            else {
                i++;
            }
        }
        return found;
    }

    /** The cue of {@code cues} reaching furthest as a whole word from {@code at}, or {@code best}. */
    private static Found longest(List<Cue> cues, String text, int at, Found best) {
        if (cues == null) {
            return best;
        }
        for (var cue : cues) {
            var m = cue.pattern().matcher(text);
            m.region(at, text.length());
            if (m.lookingAt() && (best == null || m.end() > best.end())
                    && (m.end() == text.length() || !isWordChar(text.charAt(m.end())))) {
                best = new Found(text.substring(at, m.end()), at, m.end(), cue.list());
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

}
