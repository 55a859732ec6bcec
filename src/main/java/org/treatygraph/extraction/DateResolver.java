package org.treatygraph.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text and resolves them to {@link PartialDate}s: absolute ("February 21, 2023",
 * "21 February 2023"), partial ("February 2023", "in 2019", "February 5" taking the article's year) and
 * relative ("on Monday", "last week", "earlier this year", "a day earlier") against the article date.
 */
final class DateResolver {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (\\d{4})\\b");

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (\\d{4})\\b");

    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})(?![\\d:])");

    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?!,? \\d{4})");

    /** What makes a year before it a date: "in 2019", "since 2002", "Washington's 2002 exit". */
    private static final Pattern YEAR_LEAD = Pattern.compile("(?i)(?:\\b(?:in|since|until|till|by|from|of|during|before|after|early|"
            + "late|the end of|the beginning of|spring|summer|autumn|fall|winter|back in|back to|dates to|dating to|as early as|as far back as)|['’]s)\\s+$");

    private static final List<String> RELATIVE_ANCHORS = List.of("day", "week", "month", "year", "decade", "time", "tonight", "hours", "effect");

    /** Relative dates, matched on lower-cased text (case-insensitive matching is much slower). */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(?:on|last|this|next|early|late)\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(yesterday|today|tonight|"
            + "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) days? (?:before|after) (?:that|the|this) (?:deadline|date)|"
            + "last week|this week|earlier this week|last month|this month|earlier this month|earlier this year|"
            + "this year|last year|a year ago|the previous day|a day earlier|the day before|a week ago|"
            + "last weekend|at the time|on the same day|the same day|that same day|that day|the same year|that same year|the same month|"
            + "(?:earlier|later) in the day|(?:earlier|later) that day|"
            + "that same month|later that month|earlier that month|that month|later that year|earlier that year|that year|"
            + "on the first day|on the opening day|the next day|the following day|a day later|(?:a few|several|two|three|four|five|\\d{1,3}) days later|"
            + "days later|a week later|the following week|(?:a few|several|two|three) weeks later|a month later|"
            + "the following month|a year later|the following year|the next year|a day after|the day after|a day before|"
            + "(?:two|three|four|five|six|seven|eight|nine|ten) (?:years|months) later|(?:a|two|three) decades? later|"
            + "hours later|within hours|(?:a few|several) hours later|with immediate effect|"
            + "(?:two|three|four|five|a few) days (?:after|before)|a week (?:after|before))\\b");

    /** "in July", "last December": a month without a year, the most recent one up to the article date. */
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ll]ast|[Ss]ince|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate|mid-|[Uu]ntil|that|[Tt]his)\\s+(?:early\\s+|late\\s+)?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)(?!,?\\s+\\d{4})");

    /** The words {@link #count} reads, for patterns. */
    static final String COUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
            + "eight|nine))?|\\d{1,3}";

    /**
     * "two months ago", "three years ago"; "five years ago to the day" and "five years ago on Friday" name the day,
     * "ten years ago this month" the month; a rough count ("almost thirty years ago") names none.
     */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(" + COUNT_WORDS + ")\\s+"
            + "(day|week|month|year)s?\\s+(?:ago|earlier)\\b(?:\\s+(to\\s+the\\s+day|today|this\\s+(?:week|month)|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b)?");

    private static final Pattern ROUGH_BEFORE = Pattern.compile("(?i)\\b(?:almost|nearly|about|around|some|roughly|over|approximately|than)\\s+$");

    /** What every month name and abbreviation starts with, to skip the month patterns where there is none. */
    private static final List<String> MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

    /** A year standing alone; {@link #YEAR_LEAD} decides from the words before it whether it dates something. */
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,])\\b(\\d{4})\\b(?![-–]\\d)");

    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|is set to|are set to|is due to|expires|"
            + "is to|are to|next|upcoming|scheduled|plans?|planned|until|by)\\b");

    /** A date expression found in text, {@code [start, end)}. */
    record Found(int start, int end, PartialDate date) {
    }

    private DateResolver() {
    }

    /**
     * Dates in {@code text[from, to)}, in text order, resolved against {@code reference} (null: only
     * absolute dates resolve). {@code previous} is the last date mentioned earlier, for "at the time".
     */
    static List<Found> find(String text, int from, int to, LocalDate reference, PartialDate previous) {
        var found = new ArrayList<Found>();
        var region = text.substring(from, to);
        // Cheap tests first: most sentences name no month and hold no number, and the patterns are costly.
        boolean digits = false;
        for (int i = 0; i < region.length() && !digits; i++) {
            digits = Character.isDigit(region.charAt(i));
        }
        // The month patterns run only over the stretch that names months (with room for "21st of").
        int firstMonth = region.length();
        int lastMonth = -1;
        for (var abbreviation : MONTH_ABBREVIATIONS) {
            int at = region.indexOf(abbreviation);
            if (at >= 0) {
                firstMonth = Math.min(firstMonth, at);
                lastMonth = Math.max(lastMonth, region.lastIndexOf(abbreviation));
            }
        }
        boolean months = lastMonth >= 0;
        int monthsTo = Math.min(region.length(), lastMonth + 32);
        // Where each month name starts: the month patterns run only in a window around each.
        var monthStarts = months ? monthStarts(region, firstMonth, lastMonth) : new int[0];
        if (digits && months) {
            collectAround(found, MONTH_DAY_YEAR, region, monthStarts, from,
                    m -> day(year(m.group(3)), month(m.group(1)), m.group(2)));
            collectAround(found, DAY_MONTH_YEAR, region, monthStarts, from,
                    m -> day(year(m.group(3)), month(m.group(2)), m.group(1)));
        }
        if (digits && region.indexOf('-') >= 0) {
            collect(found, ISO.matcher(region), from, m -> day(year(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
        if (digits && months) {
            collectAround(found, MONTH_YEAR, region, monthStarts, from,
                    m -> PartialDate.ofMonth(year(m.group(2)), month(m.group(1))));
        }
        if (reference != null && digits && months) {
            collectAround(found, MONTH_DAY, region, monthStarts, from,
                    m -> sameYear(region, m, found, from, previous, month(m.group(1)), Integer.parseInt(m.group(2)))
                        .orElseGet(() -> monthDay(region, m, reference, month(m.group(1)), Integer.parseInt(m.group(2)))));
            collectAround(found, DAY_MONTH, region, monthStarts, from,
                    m -> sameYear(region, m, found, from, previous, month(m.group(2)), Integer.parseInt(m.group(1)))
                        .orElseGet(() -> monthDay(region, m, reference, month(m.group(2)), Integer.parseInt(m.group(1)))));
        }
        if (reference != null && months) {
            var bare = within(BARE_MONTH, region, Math.max(0, firstMonth - 20), monthsTo);
            while (bare.find()) {
                int month = month(bare.group(1));
                // "this July": the article's own year, whether the month is past or to come.
                int y = month > reference.getMonthValue() && !region.regionMatches(true, bare.start(), "this", 0, 4)
                        ? reference.getYear() - 1 : reference.getYear();
                var ofYear = OF_RELATIVE_YEAR.matcher(region).region(bare.end(1), region.length());
                if (ofYear.lookingAt()) {
                    // "in July of this year", "in October last year": the year is given.
                    y = ofYear.group(1).equals("this") ? reference.getYear()
                            : ofYear.group(1).equals("next") ? reference.getYear() + 1 : reference.getYear() - 1;
                }
                else {
                    var sameYear = SAME_YEAR_AFTER.matcher(region).region(bare.end(1), Math.min(region.length(), bare.end(1) + 30));
                    boolean yearTold = sameYear.lookingAt();
                    if (region.startsWith("that", bare.start()) || yearTold) {
                        // "… suspended it in February 2023 and revoked its ratification that November": the year told
                        // before. "announced it in May 2020 … and left in November that year": the year of the date told
                        // before; "… in June of the following year": the year after it.
                        var prior = toldBefore(found, region, from, bare.start(1), previous);
                        if (prior == null) {
                            continue;
                        }
                        y = prior.start().getYear() + (yearTold && sameYear.group(1) != null ? 1 : 0);
                    }
                }
                add(found, from + bare.start(1), from + bare.end(1), PartialDate.ofMonth(y, month));
            }
        }
        if (reference != null && (region.contains("ago") || region.contains("earlier"))) {
            var ago = AGO.matcher(region);
            while (ago.find()) {
                if (!ROUGH_BEFORE.matcher(region).region(Math.max(0, ago.start() - 16), ago.start()).find()) {
                    add(found, from + ago.start(), from + ago.end(), ago(reference, ago.group(1), ago.group(2), ago.group(3)));
                }
            }
        }
        var year = BARE_YEAR.matcher(region).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; digits && i + 4 <= region.length(); i++) {
            // Years start at a digit: the pattern (and its look-behind) is tried only there.
            if (!Character.isDigit(region.charAt(i)) || (i > 0 && Character.isDigit(region.charAt(i - 1)))) {
                continue;
            }
            year.region(i, region.length());
            if (year.lookingAt()) {
                var lead = region.substring(Math.max(0, year.start() - 30), year.start());
                if (YEAR_LEAD.matcher(lead).find()) {
                    add(found, from + year.start(1), from + year.end(1), PartialDate.ofYear(Integer.parseInt(year.group(1))));
                }
                i = year.end();
            }
        }
        var lower = region.toLowerCase(Locale.ROOT);
        if (reference != null && (lower.contains("day") || lower.contains("week") || lower.contains("month")
                || lower.contains("year") || lower.contains("decade") || lower.contains("time") || lower.contains("tonight") || lower.contains("hours")
                || lower.contains("immediate effect"))) {
            var relative = (lower.length() == region.length() ? RELATIVE.matcher(lower)
                    : Pattern.compile(RELATIVE.pattern(), Pattern.CASE_INSENSITIVE).matcher(region))
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
            // Every relative date contains one of these words: the pattern runs only in a window around them.
            var anchors = new java.util.TreeSet<Integer>();
            for (var word : RELATIVE_ANCHORS) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                    anchors.add(at);
                }
            }
            int matchedUntil = 0;
            for (int anchor : anchors) {
                if (anchor < matchedUntil) {
                    continue;
                }
                // A relative date has at most three words before its anchor ("on the same day", "earlier this year").
                if (!Lexicon.lookingAtWordStart(relative, lower, Math.max(matchedUntil, Math.max(anchor - 45, wordsBack(lower, anchor, 4))), anchor,
                        Math.min(lower.length(), anchor + 30))) {
                    continue;
                }
                matchedUntil = relative.end();
                if (relative.group().endsWith("year") && (SAME_YEAR_BEFORE.matcher(region.substring(0, relative.start())).find()
                        || MONTH_OF_BEFORE.matcher(region.substring(Math.max(0, relative.start() - 14), relative.start())).find())) {
                    // "August 2 of the same year", "July of this year": already part of that date.
                    continue;
                }
                // "… on June 2, 2000, and a day later …": counted from the date before it in the sentence.
                var prior = dateBefore(found, from + relative.start(), previous);
                if (relative.group().endsWith("first day") && prior == previous) {
                    // "The treaty was opened for signature on July 1, 1968 and entered into force on March 5, 1970. Iran
                    // signed it on the first day": the day it was opened for signature, not the last date told.
                    var opened = openedForSignature(text, from, reference);
                    prior = opened != null ? opened : prior;
                }
                var date = relative(relative, reference, prior);
                if (date != null) {
                    add(found, from + relative.start(), from + relative.end(), date);
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        for (int i = found.size() - 2; i >= 0; i--) {
            var first = found.get(i);
            var second = found.get(i + 1);
            // "on the first day, September 24, 1996", "on Monday, June 7": the second names the same day better.
            boolean relativeThenAbsolute = !hasDigit(text, first.start(), first.end()) && hasDigit(text, second.start(), second.end());
            if (APPOSED.matcher(text).region(first.end(), second.start()).matches()
                    && first.date().precision().ordinal() >= second.date().precision().ordinal()
                    && (relativeThenAbsolute || first.date().contains(second.date()))) {
                found.remove(i);
            }
        }
        return found;
    }

    private static final Pattern OPENED_FOR_SIGNATURE = Pattern.compile("opened for signature\\s+(?:on|in)\\s+[^.;]{3,40}");

    /** The day the last "opened for signature on …" before {@code position} names, or null. */
    private static PartialDate openedForSignature(String text, int position, LocalDate reference) {
        int at = text.lastIndexOf("opened for signature", position);
        if (at < 0) {
            return null;
        }
        var opened = OPENED_FOR_SIGNATURE.matcher(text).region(at, position);
        if (!opened.lookingAt()) {
            return null;
        }
        var dates = find(text, at, opened.end(), reference, null);
        return dates.isEmpty() || dates.get(0).date().precision() != PartialDate.Precision.day ? null : dates.get(0).date();
    }

    /** Where the {@code count}-th word before {@code position} starts (0 if there are fewer). */
    private static int wordsBack(String text, int position, int count) {
        int i = position;
        for (int words = 0; words < count && i > 0; words++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** A matcher over {@code text[from, to)} whose boundaries and look-arounds still see the whole text. */
    private static Matcher within(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private interface Resolver {

        PartialDate resolve(Matcher m);

    }

    /** The positions in {@code region} where a month abbreviation starts a word, in order. */
    private static int[] monthStarts(String region, int first, int last) {
        var starts = new int[8];
        int count = 0;
        for (int i = first; i <= last; i++) {
            if ((i == 0 || !Character.isLetter(region.charAt(i - 1))) && i + 3 <= region.length()
                    && Character.isUpperCase(region.charAt(i)) && MONTH_ABBREVIATIONS.contains(region.substring(i, i + 3))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /**
     * Every match of a month pattern: each starts at most 12 characters before a month name ("21st of
     * March") and ends within 32 after it, so the pattern runs only there.
     */
    private static void collectAround(List<Found> found, Pattern pattern, String region, int[] monthStarts, int offset,
            Resolver resolver) {
        // Windows may overlap; a date found twice is kept once (see add).
        for (int at : monthStarts) {
            collect(found, within(pattern, region, Math.max(0, at - 12), Math.min(region.length(), at + 32)), offset, resolver);
        }
    }

    /** The date found last before {@code position}, else {@code previous}: what "a day later", "that year" count from. */
    private static PartialDate dateBefore(List<Found> found, int position, PartialDate previous) {
        var last = lastFoundBefore(found, position);
        return last != null ? last.date() : previous;
    }

    /** The date found last before {@code position}, or null. */
    private static Found lastFoundBefore(List<Found> found, int position) {
        Found last = null;
        for (var earlier : found) {
            if (earlier.start() < position && (last == null || earlier.start() > last.start())) {
                last = earlier;
            }
        }
        return last;
    }

    /**
     * The date told last before {@code at} in {@code region}, else {@code previous}. Bare years are collected after
     * days and months: "opened for signature in 1996, and … signed it on Sept. 24 of that year" counts from the
     * year, which is not in {@code found} yet.
     */
    private static PartialDate toldBefore(List<Found> found, String region, int from, int at, PartialDate previous) {
        var last = lastFoundBefore(found, from + at);
        int yearAt = lastLedYearBefore(region, at);
        if (yearAt >= 0 && (last == null || yearAt > last.start() - from)) {
            return PartialDate.ofYear(Integer.parseInt(region.substring(yearAt, yearAt + 4)));
        }
        return last != null ? last.date() : previous;
    }

    private static void collect(List<Found> found, Matcher m, int offset, Resolver resolver) {
        while (m.find()) {
            try {
                var date = resolver.resolve(m);
                if (date != null) {
                    add(found, offset + m.start(), offset + m.end(), date);
                }
            }
            catch (java.time.DateTimeException ex) {
                // "February 30": not a date, not an error.
            }
        }
    }

    private static void add(List<Found> found, int start, int end, PartialDate date) {
        for (var existing : found) {
            if (existing.start() < end && start < existing.end()) {
                return;
            }
        }
        found.add(new Found(start, end, date));
    }

    private static PartialDate day(int year, int month, String day) {
        return PartialDate.ofDay(LocalDate.of(year, month, Integer.parseInt(day)));
    }

    /**
     * A month and day without a year take the article's year, unless that puts a reported past event
     * after the article (a January article about "December 18"): then the year before.
     */
    private static final Pattern OF_RELATIVE_YEAR = Pattern.compile("\\s+(?:of\\s+)?(this|last|next)\\s+year\\b");

    private static final Pattern MONTH_OF_BEFORE = Pattern.compile("(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\s+(?:of\\s+)?$");

    private static final Pattern SAME_YEAR_BEFORE = Pattern.compile("\\d,?\\s+(?:of\\s+)?$");

    /** Where the last year told as a year ("in 1996", "since 2019") starts before {@code end}, or -1. */
    private static int lastLedYearBefore(String region, int end) {
        var year = BARE_YEAR.matcher(region).region(0, end).useTransparentBounds(true).useAnchoringBounds(false);
        int at = -1;
        while (year.find()) {
            if (YEAR_LEAD.matcher(region.substring(Math.max(0, year.start() - 30), year.start())).find()) {
                at = year.start(1);
            }
        }
        return at;
    }

    private static final Pattern SAME_YEAR_AFTER = Pattern.compile("^,?\\s+(?:of\\s+)?(?:the same|that same|that|the same calendar|(the following|the next)) year\\b");

    /**
     * "on August 2 of the same year": the year of the date read before it (in the sentence, else
     * {@code previous}); empty when the phrase does not say so or no year is known.
     */
    private static java.util.Optional<PartialDate> sameYear(String region, Matcher m, List<Found> found, int from,
            PartialDate previous, int month, int day) {
        // "A month later, on March 4, Putin signed …": counted on from the date told before, in its year.
        var laterBy = LATER_BEFORE.matcher(region.substring(Math.max(0, m.start() - 30), m.start()));
        boolean later = laterBy.find();
        var ofYear = SAME_YEAR_AFTER.matcher(region.substring(m.end(), Math.min(region.length(), m.end() + 30)));
        if (!later && !ofYear.lookingAt()) {
            return inTheYearOfTheDayBefore(m, found, from, month, day);
        }
        // "on June 13 of the following year".
        int yearsOn = !later && ofYear.group(1) != null ? 1 : 0;
        var prior = toldBefore(found, region, from, m.start(), previous);
        if (prior == null) {
            return java.util.Optional.empty();
        }
        var date = LocalDate.of(prior.start().getYear() + yearsOn, month, day);
        if (later) {
            date = date.isBefore(prior.start()) ? date.plusYears(1) : date;
            // Only if the day is about as far on as the text says: "the withdrawal took effect six months later, on
            // November 22" is not counted from a date of some other story told before it.
            var amount = laterBy.group(1).toLowerCase(Locale.ROOT);
            int count = Character.isDigit(amount.charAt(0)) ? Integer.parseInt(amount)
                    : amount.startsWith("a") ? 1 : COUNTS.indexOf(amount) + 1;
            var unit = switch (laterBy.group(2).toLowerCase(Locale.ROOT).charAt(0)) {
                case 'd' -> java.time.temporal.ChronoUnit.DAYS;
                case 'w' -> java.time.temporal.ChronoUnit.WEEKS;
                case 'm' -> java.time.temporal.ChronoUnit.MONTHS;
                default -> java.time.temporal.ChronoUnit.YEARS;
            };
            var expected = prior.start().plus(count, unit);
            long slack = unit.getDuration().toDays() / 2 + 3;
            if (count <= 0 || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(expected, date)) > slack) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(PartialDate.ofDay(date));
    }

    /**
     * "Washington announced its intention to leave on May 22, 2020, and completed its exit on November 22": a day
     * later in the year than a full date told before it in the sentence is in that date's year.
     */
    private static java.util.Optional<PartialDate> inTheYearOfTheDayBefore(Matcher m, List<Found> found, int from, int month, int day) {
        Found prior = null;
        for (var earlier : found) {
            if (earlier.start() < from + m.start() && earlier.date().precision() == PartialDate.Precision.day) {
                prior = earlier;
            }
        }
        if (prior == null) {
            return java.util.Optional.empty();
        }
        var start = prior.date().start();
        if (month < start.getMonthValue() || month == start.getMonthValue() && day <= start.getDayOfMonth()
                || day > java.time.YearMonth.of(start.getYear(), month).lengthOfMonth()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PartialDate.ofDay(LocalDate.of(start.getYear(), month, day)));
    }

    private static final Pattern LATER_BEFORE = Pattern.compile("(?i)\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+"
            + "(days?|weeks?|months?|years?)\\s+later,?\\s+(?:on\\s+)?$");

    private static PartialDate monthDay(String region, Matcher m, LocalDate reference, int month, int day) {
        var date = LocalDate.of(reference.getYear(), month, day);
        if (date.isAfter(reference.plusDays(1))) {
            var sentenceBefore = region.substring(Math.max(0, m.start() - 80), m.start());
            var after = region.substring(m.end(), Math.min(region.length(), m.end() + 40));
            boolean future = FUTURE.matcher(sentenceBefore).find() || FUTURE.matcher(after).find();
            if (!future && date.isAfter(reference.plusDays(20))) {
                date = date.minusYears(1);
            }
        }
        return PartialDate.ofDay(date);
    }

    private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "six months later, on November 22, 2020": a date set beside another, naming the same time. */
    private static final Pattern APPOSED = Pattern.compile(",\\s*(?:on\\s+|in\\s+)?|\\s+[—–-]\\s+");

    /** "A day later", "a few days later", "the following year": counted from the last date read. */
    private static PartialDate later(String phrase, PartialDate previous) {
        if (previous == null) {
            return null;
        }
        var start = previous.start();
        if (phrase.contains("hour") || phrase.equals("with immediate effect")) {
            // "Hours later, NATO said …", "suspended … with immediate effect": the same day as the date before.
            return previous.precision() == PartialDate.Precision.day ? previous : null;
        }
        // "a year later", "three years later", "the following year": whole years or months on from the date before.
        var first = phrase.substring(0, phrase.indexOf(' '));
        int count = phrase.startsWith("a ") || phrase.startsWith("the ") ? 1
                : Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : COUNTS.indexOf(first) + 1;
        if (phrase.contains("decade")) {
            // "signed in 1992 and came into force a decade later".
            return PartialDate.ofYear(start.getYear() + 10 * count);
        }
        if (phrase.contains("year")) {
            return PartialDate.ofYear(start.getYear() + count);
        }
        if (phrase.contains("month")) {
            var month = start.plusMonths(count);
            return previous.precision() == PartialDate.Precision.year ? PartialDate.ofYear(month.getYear()) : monthOf(month);
        }
        if (previous.precision() == PartialDate.Precision.month && phrase.contains("day") && count >= 20) {
            // "… ratified it in October. … took effect 90 days later": counted from the middle of that month.
            return monthOf(start.plusDays(14 + count));
        }
        if (previous.precision() != PartialDate.Precision.day) {
            // Days or weeks after a month or a year: no more than that month or year can be said.
            return previous;
        }
        return switch (phrase) {
            case "the next day", "the following day", "a day later" -> PartialDate.ofDay(start.plusDays(1));
            case "a week later", "the following week" -> monthOf(start.plusWeeks(1));
            // "two days later", "90 days later": a count says the day; "a few days later" only the month.
            default -> phrase.contains("week") ? monthOf(start.plusWeeks(2))
                    : count > 1 && !phrase.startsWith("a few") && !phrase.startsWith("several") ? PartialDate.ofDay(start.plusDays(count))
                    : monthOf(start.plusDays(3));
        };
    }

    /** "… was due to expire on Feb. 5, 2021, but two days before that deadline …": counted from the date told. */
    private static PartialDate fromDeadline(String phrase, PartialDate previous) {
        if (previous == null || previous.precision() != PartialDate.Precision.day) {
            return previous;
        }
        var first = phrase.substring(0, phrase.indexOf(' '));
        int count = first.equals("a") ? 1 : Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : COUNTS.indexOf(first) + 1;
        return PartialDate.ofDay(phrase.contains(" before ") ? previous.start().minusDays(count) : previous.start().plusDays(count));
    }

    private static PartialDate relative(Matcher m, LocalDate reference, PartialDate previous) {
        if (m.group(1) != null) {
            var weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            var lead = m.group().toLowerCase(Locale.ROOT);
            if (lead.startsWith("next")) {
                return PartialDate.ofDay(reference.with(TemporalAdjusters.next(weekday)));
            }
            if (lead.startsWith("last") && reference.getDayOfWeek() == weekday) {
                return PartialDate.ofDay(reference.minusWeeks(1));
            }
            return PartialDate.ofDay(reference.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "yesterday", "the previous day", "a day earlier", "the day before" -> PartialDate.ofDay(reference.minusDays(1));
            case "today", "tonight" -> PartialDate.ofDay(reference);
            case "last week", "a week ago", "last weekend" -> monthOf(reference.minusWeeks(1));
            case "this week", "earlier this week" -> monthOf(reference);
            case "last month" -> monthOf(reference.minusMonths(1));
            case "this month", "earlier this month" -> monthOf(reference);
            case "earlier this year", "this year" -> PartialDate.ofYear(reference.getYear());
            case "last year", "a year ago" -> PartialDate.ofYear(reference.getYear() - 1);
            case "at the time" -> previous;
            // With no date told before, "the same day" is the day of the news: the article's.
            case "on the same day", "the same day", "that same day", "that day" -> previous != null ? previous : PartialDate.ofDay(reference);
            // "Earlier in the day, the two presidents signed …": a day told before, else the day of the news.
            case "earlier in the day", "later in the day", "earlier that day", "later that day" ->
                previous != null && previous.precision() == PartialDate.Precision.day ? previous : PartialDate.ofDay(reference);
            case "the same year", "that same year", "later that year", "earlier that year", "that year" ->
                previous == null ? null : PartialDate.ofYear(previous.start().getYear());
            case "the same month", "that same month", "later that month", "earlier that month", "that month" ->
                previous == null || previous.precision() == PartialDate.Precision.year ? previous : monthOf(previous.start());
            case "on the first day", "on the opening day" -> previous;
            // "Putin spoke on February 2, a day after the US suspended …": counted back from the date before.
            case "a day after", "the day after" -> previous == null || previous.precision() != PartialDate.Precision.day ? null
                    : PartialDate.ofDay(previous.start().minusDays(1));
            case "a day before" -> previous == null || previous.precision() != PartialDate.Precision.day ? null
                    : PartialDate.ofDay(previous.start().plusDays(1));
            // "five days after the Senate ratified it": a count of days is exact; "a few days", "a week" are not.
            case "two days after", "three days after", "four days after", "five days after" ->
                previous == null || previous.precision() != PartialDate.Precision.day ? null
                        : PartialDate.ofDay(previous.start().minusDays(dayCount(m.group(2))));
            case "a few days after", "a week after" -> previous == null || previous.precision() != PartialDate.Precision.day ? null
                    : monthOf(previous.start().minusDays(m.group(2).startsWith("a week") ? 7 : 3));
            case "two days before", "three days before", "four days before", "five days before" ->
                previous == null || previous.precision() != PartialDate.Precision.day ? null
                        : PartialDate.ofDay(previous.start().plusDays(dayCount(m.group(2))));
            case "a few days before", "a week before" -> previous == null || previous.precision() != PartialDate.Precision.day ? null
                    : monthOf(previous.start().plusDays(m.group(2).startsWith("a week") ? 7 : 3));
            default -> m.group(2).endsWith("deadline") || m.group(2).endsWith(" date") ? fromDeadline(m.group(2), previous)
                    : later(m.group(2).toLowerCase(Locale.ROOT), previous);
        };
    }

    private static int dayCount(String phrase) {
        return List.of("two", "three", "four", "five").indexOf(phrase.substring(0, phrase.indexOf(' ')).toLowerCase(Locale.ROOT)) + 2;
    }

    /**
     * The date {@code count} {@code unit}s before {@code reference}, or before the day {@code anchor} names ("on
     * Friday": the last Friday by the article's date), to the precision the words give.
     */
    static PartialDate ago(LocalDate reference, String count, String unit, String anchor) {
        int n = count(count);
        var period = unit.toLowerCase(Locale.ROOT);
        var anchorWords = anchor == null ? "" : anchor.toLowerCase(Locale.ROOT);
        var from = anchorWords.startsWith("on") ? reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(anchorWords.substring(2).strip().toUpperCase(Locale.ROOT))))
                : reference;
        var then = switch (period) {
            case "day" -> from.minusDays(n);
            case "week" -> from.minusWeeks(n);
            case "month" -> from.minusMonths(n);
            default -> from.minusYears(n);
        };
        // "three years ago" names a year, "two weeks ago" a month; "… to the day" or "… on Friday" names the day.
        if (period.equals("day") || !anchorWords.isEmpty() && !anchorWords.startsWith("this")) {
            return PartialDate.ofDay(then);
        }
        return period.equals("year") && anchorWords.isEmpty() ? PartialDate.ofYear(then.getYear()) : monthOf(then);
    }

    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /** A count in digits or words: "a", "12", "five", "thirty-five". */
    static int count(String words) {
        var lower = words.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d+")) {
            return Integer.parseInt(lower);
        }
        if (lower.equals("a") || lower.equals("an")) {
            return 1;
        }
        int hyphen = lower.indexOf('-');
        int tens = TENS.indexOf(hyphen < 0 ? lower : lower.substring(0, hyphen));
        if (tens >= 0) {
            return (tens + 2) * 10 + (hyphen < 0 ? 0 : UNITS.indexOf(lower.substring(hyphen + 1)) + 1);
        }
        return UNITS.indexOf(lower) + 1;
    }

    private static PartialDate monthOf(LocalDate date) {
        return PartialDate.ofMonth(date.getYear(), date.getMonthValue());
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

}
