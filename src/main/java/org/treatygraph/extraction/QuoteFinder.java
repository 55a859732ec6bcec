package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: curly (“…”), guillemets («…») and straight ("…") quotes. A quote left open at
 * the end of a paragraph continues when the next paragraph opens with a quote mark (the newspaper
 * convention for quotes running over several paragraphs); otherwise it ends with the paragraph.
 */
final class QuoteFinder {

    /** A quoted passage: {@code [start, end)} is the text between the marks. */
    record Quote(int start, int end) {

        int words(String text) {
            int words = 0;
            boolean inWord = false;
            for (int i = this.start; i < this.end; i++) {
                boolean blank = Character.isWhitespace(text.charAt(i));
                if (!blank && !inWord) {
                    words++;
                }
                inWord = !blank;
            }
            return words;
        }

    }

    private QuoteFinder() {
    }

    static List<Quote> find(String text, int from) {
        var quotes = new ArrayList<Quote>();
        int open = -1;
        char closing = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '«' || c == '"' || c == '„') {
                    open = i + 1;
                    closing = c == '“' || c == '„' ? '”' : c == '«' ? '»' : '"';
                }
            }
            else if (c == closing || (closing == '”' && c == '"')) {
                if (i > open) {
                    quotes.add(new Quote(open, i));
                }
                open = -1;
            }
            else if (c == '\n') {
                int next = skipBlank(text, i);
                if (next < text.length() && isOpening(text.charAt(next))) {
                    // Multi-paragraph quote: the passage continues after the re-opening mark.
                    quotes.add(new Quote(open, trimEnd(text, open, i)));
                    open = next + 1;
                    i = next;
                    quotes.add(new Quote(-1, -1));
                }
                else {
                    quotes.add(new Quote(open, trimEnd(text, open, i)));
                    open = -1;
                }
            }
        }
        if (open >= 0 && open < text.length()) {
            quotes.add(new Quote(open, trimEnd(text, open, text.length())));
        }
        return joinContinuations(quotes);
    }

    /** Paragraph pieces of one quote (separated by the (-1,-1) marker) become one quote. */
    private static List<Quote> joinContinuations(List<Quote> raw) {
        var joined = new ArrayList<Quote>();
        boolean continues = false;
        for (var quote : raw) {
            if (quote.start() < 0) {
                continues = true;
                continue;
            }
            if (continues && !joined.isEmpty()) {
                var previous = joined.remove(joined.size() - 1);
                joined.add(new Quote(previous.start(), quote.end()));
            }
            else {
                joined.add(quote);
            }
            continues = false;
        }
        return joined;
    }

    private static int skipBlank(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '«';
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

}
