package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Sentence segmentation with ICU's rule-based break iterator, filtered so that a period after a known
 * abbreviation ("U.S.", "Gen.", "Feb.") does not end a sentence. Paragraph breaks always do.
 */
final class Sentences {

    /** Abbreviations news copy uses that ICU's English exception list does not cover. */
    private static final List<String> EXTRA_ABBREVIATIONS = List.of("U.S.", "U.K.", "U.N.", "E.U.", "U.S.S.R.",
            "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Cmdr.", "Sgt.", "Sen.", "Rep.", "Gov.", "Amb.", "Dep.",
            "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "St.", "Dr.",
            "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "Prof.", "Inc.", "Corp.", "vs.", "approx.", "ca.");

    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> {
        var builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        EXTRA_ABBREVIATIONS.forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    });

    /** A sentence: {@code [start, end)} trimmed of surrounding whitespace, and the paragraph it is in. */
    record Sentence(int index, int start, int end, int paragraph) {

        String text(String article) {
            return article.substring(this.start, this.end);
        }

    }

    private Sentences() {
    }

    static List<Sentence> split(String text, int from) {
        var sentences = new ArrayList<Sentence>();
        var iterator = ITERATOR.get();
        iterator.setText(text);
        int paragraph = 0;
        int lastEnd = from;
        int start = from;
        int end = iterator.following(from);
        while (end != BreakIterator.DONE && start < text.length()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                paragraph += countParagraphBreaks(text, lastEnd, s);
                sentences.add(new Sentence(sentences.size(), s, e, paragraph));
                lastEnd = e;
            }
            start = end;
            end = iterator.next();
        }
        return sentences;
    }

    private static int countParagraphBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        // A single newline also separates paragraphs in plain-text exports.
        return breaks > 0 ? 1 : 0;
    }

}
