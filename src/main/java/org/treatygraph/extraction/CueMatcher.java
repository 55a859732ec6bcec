package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * @param literal the text every match starts with, checked before the regex runs
     * @param plain the cue is that literal text and nothing more: no regex needed at all
     */
    private record Cue(Pattern pattern, String literal, boolean plain, int list) {
    }

    private static final int PREFIX = 3;

    /**
     * Cues by their first three characters (ASCII, as cues are written): {@code [c0 * 128 + c1][c2]}, array
     * indexes instead of a hashed substring at every word, leaving one or two candidates to compare.
     */
    private final Cue[][][] byFirstThree = new Cue[128 * 128][][];

    private final List<Cue> unindexed = new ArrayList<>();

    /**
     * @param lists lists of lower-case regexes, each separated by top-level {@code |}; one pass finds the
     * cues of all of them, each found cue saying which list it came from
     */
    CueMatcher(String... lists) {
        for (int list = 0; list < lists.length; list++) {
            for (var alternative : Lexicon.splitTopLevel(lists[list])) {
                var prefix = literalPrefix(alternative);
                // Ending the pattern at a word's end makes the engine try the longer alternatives too:
                // "ignor(?:e|es|ed)" must match all of "ignores", not stop at "ignore".
                var cue = new Cue(Pattern.compile("(?:" + alternative + ")(?![\\p{L}\\p{N}_])"), prefix, prefix.equals(alternative), list);
                if (prefix.length() >= PREFIX && prefix.charAt(0) < 128 && prefix.charAt(1) < 128 && prefix.charAt(2) < 128) {
                    int slot = prefix.charAt(0) * 128 + prefix.charAt(1);
                    if (this.byFirstThree[slot] == null) {
                        this.byFirstThree[slot] = new Cue[128][];
                    }
                    var same = this.byFirstThree[slot][prefix.charAt(2)];
                    same = same == null ? new Cue[1] : java.util.Arrays.copyOf(same, same.length + 1);
                    same[same.length - 1] = cue;
                    this.byFirstThree[slot][prefix.charAt(2)] = same;
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
            char c0 = lower.charAt(i);
            char c1 = i + 1 < n ? lower.charAt(i + 1) : 0;
            char c2 = i + 2 < n ? lower.charAt(i + 2) : 0;
            var sameTwo = i + PREFIX <= n && c0 < 128 && c1 < 128 && c2 < 128 ? this.byFirstThree[c0 * 128 + c1] : null;
            var best = longest(this.unindexed, lower, i, longest(sameTwo == null ? null : sameTwo[c2], lower, i, null));
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

    /**
     * The cue of {@code cues} (indexed ones, which share the text's first three characters at {@code at})
     * reaching furthest as a whole word from {@code at}, or {@code best}.
     */
    private static Found longest(Cue[] cues, String text, int at, Found best) {
        if (cues == null) {
            return best;
        }
        for (var cue : cues) {
            // Most candidates part from the text within their literal start: no matcher is made for them.
            if (!text.startsWith(cue.literal(), at)) {
                continue;
            }
            best = longer(cue, text, at, best);
        }
        return best;
    }

    /** The cue of {@code cues} reaching furthest as a whole word from {@code at}, or {@code best}. */
    private static Found longest(List<Cue> cues, String text, int at, Found best) {
        for (var cue : cues) {
            if (!text.startsWith(cue.literal(), at)) {
                continue;
            }
            best = longer(cue, text, at, best);
        }
        return best;
    }

    /** {@code cue} if it matches as a whole word from {@code at} and reaches further than {@code best}; else {@code best}. */
    private static Found longer(Cue cue, String text, int at, Found best) {
        int end;
        if (cue.plain()) {
            end = at + cue.literal().length();
        }
        else {
            var m = cue.pattern().matcher(text);
            m.region(at, text.length());
            if (!m.lookingAt()) {
                return best;
            }
            end = m.end();
        }
        if ((best == null || end > best.end()) && (end == text.length() || !isWordChar(text.charAt(end)))) {
            return new Found(text.substring(at, end), at, end, cue.list());
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

}
