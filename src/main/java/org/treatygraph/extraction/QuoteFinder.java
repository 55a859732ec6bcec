package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: curly (“…”), guillemets («…») and straight ("…") quotes. A quote left open at
 * the end of a paragraph continues when the next paragraph opens with a quote mark (the newspaper
 * convention for quotes running over several paragraphs) or when the next paragraph closes a quote it never
 * opened (the re-opening mark left out); otherwise it ends with the paragraph.
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
                else if (next < text.length() && closesInParagraph(text, next, closing)) {
                    // The re-opening mark was left out, but the next paragraph closes the quote ("… first day.⏎We
                    // are not the only delegation," said …): the passage runs on into it.
                    quotes.add(new Quote(open, trimEnd(text, open, i)));
                    quotes.add(new Quote(-1, -1));
                    open = next;
                    i = next - 1;
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

    /**
     * Whether the paragraph at {@code start} closes a quote it never opened: its first mark is a closing one,
     * right after the words' final punctuation (", ." ! ?") and before a space, and the straight marks in it
     * are odd in number, so that mark has no partner of its own.
     */
    private static boolean closesInParagraph(String text, int start, char closing) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int first = -1;
        int straight = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                if (first < 0) {
                    first = i;
                }
                if (c == '"') {
                    straight++;
                }
            }
        }
        if (first <= start || ",.!?".indexOf(text.charAt(first - 1)) < 0
                || first + 1 < end && !Character.isWhitespace(text.charAt(first + 1))) {
            return false;
        }
        char mark = text.charAt(first);
        return mark == '"' ? closing != '»' && straight % 2 == 1 : mark == closing;
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
