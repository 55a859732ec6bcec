package org.treatygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks search terms in a text with {@code <em>…</em>} and cuts the text into short passages around the
 * matches. Neo4j's full-text procedures return scores but no highlights, so this is done on the result;
 * a term matches a word that starts with it, as the standard analyser's stemming-free prefix would.
 * One instance per search: the terms are compiled once for all its hits.
 */
final class Highlighter {

    private static final int CONTEXT = 60;

    private static final int MAX_PASSAGES = 3;

    /** Null when there is nothing to mark. */
    private final Pattern pattern;

    private Highlighter(Pattern pattern) {
        this.pattern = pattern;
    }

    static Highlighter of(List<String> terms) {
        if (terms.isEmpty()) {
            return new Highlighter(null);
        }
        var alternatives = terms.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        return new Highlighter(
                Pattern.compile("\\b(?:" + alternatives + ")[\\p{L}\\p{N}]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    List<String> highlight(String text) {
        if (text == null || this.pattern == null) {
            return List.of();
        }
        var matcher = this.pattern.matcher(text);
        var passages = new ArrayList<String>();
        int passageEnd = -1;
        StringBuilder current = null;
        int cursor = 0;
        while (matcher.find()) {
            if (current != null && matcher.start() <= passageEnd) {
                current.append(text, cursor, matcher.start());
            }
            else {
                if (current != null) {
                    passages.add(close(current, text, cursor, passageEnd));
                    if (passages.size() == MAX_PASSAGES) {
                        return passages;
                    }
                }
                int start = Math.max(0, matcher.start() - CONTEXT);
                current = new StringBuilder(start > 0 ? "…" : "").append(text, start, matcher.start());
            }
            current.append("<em>").append(text, matcher.start(), matcher.end()).append("</em>");
            cursor = matcher.end();
            passageEnd = Math.min(text.length(), matcher.end() + CONTEXT);
        }
        if (current != null) {
            passages.add(close(current, text, cursor, passageEnd));
        }
        return passages;
    }

    private static String close(StringBuilder passage, String text, int cursor, int end) {
        passage.append(text, cursor, end);
        if (end < text.length()) {
            passage.append('…');
        }
        return passage.toString().replace('\n', ' ');
    }

}
