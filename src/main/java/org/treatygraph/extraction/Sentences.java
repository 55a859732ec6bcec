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
            "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "Prof.", "Inc.", "Corp.", "vs.", "approx.", "ca.", "e.g.", "i.e.", "Mt.", "Ft.",
            "Messrs.", "Gens.", "Sens.", "Reps.", "a.m.", "p.m.");

    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> {
        // Not ICU's English exception list: it also holds back the break after "NPT.", "CTBT.", "INF.", "START."
        // and "NATO." at the end of a sentence, the very words this domain ends sentences with.
        var builder = FilteredBreakIteratorBuilder.getEmptyInstance();
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
                int breaks = countParagraphBreaks(text, lastEnd, s);
                if (breaks == 0 && !sentences.isEmpty() && endsInsideSentence(text, sentences.get(sentences.size() - 1), s)) {
                    var previous = sentences.remove(sentences.size() - 1);
                    s = previous.start();
                }
                paragraph += breaks;
                sentences.add(new Sentence(sentences.size(), s, e, paragraph));
                lastEnd = e;
            }
            start = end;
            end = iterator.next();
        }
        return sentences;
    }

    /**
     * ICU's filter does not hold for dotted abbreviations before a capital ("by U.S. President Trump"),
     * so a break after an abbreviation is undone when what follows cannot start a sentence: a lower-case
     * word, a number, or a title ("U.S. Secretary"), or when the abbreviation is itself a title ("Gen.").
     */
    private static boolean endsInsideSentence(String text, Sentence previous, int nextStart) {
        var before = text.substring(previous.start(), previous.end());
        String abbreviation = null;
        for (var candidate : EXTRA_ABBREVIATIONS) {
            if (before.endsWith(candidate) && (before.length() == candidate.length()
                    || !Character.isLetter(before.charAt(before.length() - candidate.length() - 1)))) {
                abbreviation = candidate;
            }
        }
        int n = before.length();
        if (abbreviation == null && nextStart < text.length() && n >= 3 && before.charAt(n - 1) == '.'
                && Character.isUpperCase(before.charAt(n - 2)) && (before.charAt(n - 3) == ' ' || before.charAt(n - 3) == '.')
                && MIDDLE_INITIAL.matcher(before).region(Math.max(0, n - 40), n).find()
                && Character.isUpperCase(text.charAt(nextStart))) {
            // "George W. Bush", "John F. Kennedy", "George H.W. Bush": a middle initial, not the end of a sentence.
            var next = text.substring(nextStart, Math.min(text.length(), nextStart + 40)).split("[\\s,.;:]", 2)[0];
            return !SENTENCE_OPENERS.contains(next);
        }
        if (abbreviation == null || nextStart >= text.length()) {
            return false;
        }
        var next = text.substring(nextStart, Math.min(text.length(), nextStart + 40)).split("[\\s,.;:]", 2)[0];
        if (next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        if (abbreviation.endsWith(".m.")) {
            // "at 7:10 a.m. Thursday", "at 9 p.m. GMT": the time goes on; "… at 9 p.m. The launch …" ends it.
            return Character.isLowerCase(first) || Character.isDigit(first) || TIME_FOLLOWERS.contains(next);
        }
        return Character.isLowerCase(first) || Character.isDigit(first) || TITLE_ABBREVIATIONS.contains(abbreviation)
                || Lexicon.isRoleHead(next) || BODY_WORDS.contains(next.replaceAll("[’']s$", ""))
                // "…, U.S. Energy Secretary Chris Wright said": a country's initials before a word that does not
                // open sentences describe it; "… in the U.S. The …" ends one.
                || COUNTRY_ABBREVIATIONS.contains(abbreviation) && !SENTENCE_OPENERS.contains(next);
    }

    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("(?:^|\\s)[A-Z][a-z]+\\s(?:[A-Z]\\.){1,2}$");

    private static final java.util.Set<String> TIME_FOLLOWERS = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "GMT", "UTC", "EST", "EDT", "CET", "CEST", "KST", "JST", "BST", "PST", "PDT", "MSK");

    private static final java.util.Set<String> COUNTRY_ABBREVIATIONS = java.util.Set.of("U.S.", "U.K.", "U.N.", "E.U.", "U.S.S.R.");

    /** Words that open sentences: after "U.S." they mean a new sentence began. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "This", "That", "These", "Those", "It",
            "Its", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "But", "And", "In", "On", "At", "As", "After",
            "Before", "When", "While", "A", "An", "There", "Here", "Meanwhile", "However", "Moscow", "Washington", "Beijing",
            "According", "Asked", "Speaking", "Earlier", "Later", "Last", "Since", "Still", "Yet", "So", "If", "What", "Why",
            "How", "Russia", "China", "Officials", "Some", "Many", "Both", "Neither", "No", "Not");

    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("Army", "Navy", "Air", "Forces", "Department",
            "Senate", "Congress", "Embassy", "Administration", "Defense", "State", "Space", "Marine", "Marines", "Government",
            "Treasury", "Mission", "Delegation", "Intelligence", "Strategic", "Central", "European", "Indo-Pacific");

    private static final List<String> TITLE_ABBREVIATIONS = List.of("Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Cmdr.",
            "Sgt.", "Sen.", "Rep.", "Gov.", "Amb.", "Dep.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "No.");

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
