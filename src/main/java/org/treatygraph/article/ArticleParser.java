package org.treatygraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the page shapes news arrives in and finds publication date, dateline, source, title and
 * where the body begins. Shapes (first match wins, searched in the first lines of the page so that
 * site clutter such as "All news", a headline, a sub-headline and photo captions may precede them):
 * <ul>
 * <li>TASS export: {@code " date 2026-02-04 MOSCOW, February 5. /TASS/. Lead…"}</li>
 * <li>TASS page: {@code "MOSCOW, February 5. /TASS/. Lead…"}</li>
 * <li>wire: {@code "MOSCOW (AP) — Lead…"}</li>
 * <li>Interfax: {@code "MOSCOW. Feb 28 (Interfax) - Lead…"}</li>
 * <li>Dated wire copy: {@code "BEIJING, Feb 14 (Reuters) - Lead…"}</li>
 * <li>outlet with date: {@code "YEREVAN (Armenpress - 03rd February, 2021) Lead…"}</li>
 * <li>Armenpress: {@code "YEREVAN, JUNE 7, ARMENPRESS. Lead…"}</li>
 * <li>an agency named bare: {@code "TOKYO, Nov. 4 Kyodo - Lead…"}</li>
 * <li>{@code "Last Updated Mar 3, 2025 | Source: Reuters"} lines give date and source</li>
 * </ul>
 * Pages with none of these are taken as headline-first (first line is the title).
 */
public final class ArticleParser {

    // "WASHINGTON/MOSCOW": a story filed from two cities.
    private static final String CITY = "([A-Z][A-Za-z.'/\\- ]{1,40}?)";
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final Pattern EXPORT_HEADER = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");

    private static final Pattern TASS = Pattern.compile(CITY + ", (?i:" + MONTH + ") (\\d{1,2})\\. ?/(?i:tass)/\\.?\\s*");

    /** An outlet in brackets: "AP", "Reuters", "RIA Novosti", "Yonhap", and agencies that write their name in lower case ("dpa"). */
    private static final String OUTLET = "\\(([A-Z][\\w.&' -]{1,30}?|[a-z]{2,5})\\) ?[—–-]+\\s*";

    /** Wire copy, the city perhaps with its state or country: {@code "WARSAW, Poland (AP) — Lead…"}. */
    private static final Pattern WIRE = Pattern.compile(CITY + "(?:, [A-Z][A-Za-z.' ]{1,25}?)? " + OUTLET);

    /** Reuters and others with the day: {@code "BEIJING, Feb 14 (Reuters) - Lead…"}. */
    private static final Pattern WIRE_DATED = Pattern.compile(CITY + ",? (?i:" + MONTH + ") (\\d{1,2})\\.? " + OUTLET);

    /** A city in capitals and a dash, with no agency: {@code "MANILA — The U.S. Army has deployed …"}. */
    private static final Pattern CITY_DASH = Pattern.compile("([A-Z][A-Z.'\\-]{2,}(?: [A-Z][A-Z.'\\-]+){0,2}) [—–-]+\\s+"
            // The lead follows, not a page date ("KYODO NEWS - Jan 22, 2021 - 19:05").
            + "(?=[A-Z\"“])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)(?=[^\\n]{60,})");

    /** A city in capitals and a colon, as some outlets of South and East Asia write it: {@code "MANILA: A U.S. …"}. */
    private static final Pattern CITY_COLON = Pattern.compile("([A-Z][A-Z.'\\-]{2,}(?: [A-Z][A-Z.'\\-]+){0,2}):\\s+(?=[A-Z\"“])(?=[^\\n]{60,})");

    /** Capitals and a colon that open a line but name no place. */
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "WATCH",
            "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION", "READ", "READ ALSO", "ALSO READ", "READ MORE", "PHOTO",
            "VIDEO", "LIVE", "FACTBOX", "EXPLAINER", "CORRECTION", "FILE", "SOURCE", "SOURCES", "Q", "A", "TOPICS", "RELATED");

    /** A national agency's day-first dateline: {@code "MINSK, 18 December (BelTA) – Lead…"}. */
    private static final Pattern OUTLET_DAY_FIRST = Pattern.compile(CITY + ",? (\\d{1,2}) (?i:" + MONTH + ") "
            + "\\(([A-Z][\\w.&' -]{1,30}?)\\) ?[—–-]+\\s*");

    private static final Pattern INTERFAX = Pattern
        .compile(CITY + "\\. (?i:" + MONTH + ") (\\d{1,2}) \\((Interfax[\\w-]*)\\) ?[—–-]+\\s*");

    private static final Pattern OUTLET_DATED = Pattern.compile(CITY + " \\(([^()\\-–—]+?)\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)? "
            + "(?i:" + MONTH + "),? (\\d{4})\\)\\s*(?:[—–-]+\\s*)?");

    /** An agency named bare after the day, as Kyodo writes it: {@code "TOKYO, Nov. 4 Kyodo - Lead…"}. */
    private static final Pattern BARE_OUTLET_DATED = Pattern.compile("([A-Z][A-Z.'/\\- ]{1,40}?), (?i:" + MONTH + ") (\\d{1,2}) "
            + "([A-Z][A-Za-z]{2,15}) [—–-]+\\s*");

    private static final Pattern ARMENPRESS = Pattern.compile(CITY + ", (?i:" + MONTH + ") (\\d{1,2}),? ([A-Z][A-Z-]{3,})\\.\\s*");

    private static final Pattern LAST_UPDATED = Pattern.compile(
            "(?im)^(?:Last Updated|Updated|Published)[:\\s]+(?i:" + MONTH + ") (\\d{1,2}),? (\\d{4})[^|\\n]*(?:\\|\\s*Source:\\s*([^\\n]+))?$");

    private static final String PAGE_DATE_LABEL = "^(?i:(?:last\\s+)?updated|published|posted|date|modified)?[:\\s]*";

    private static final String CLOCK = "(?:\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?,?\\s+)?";

    /** Page dates of the shapes sites print above or below a headline, alone on their line. */
    private static final Pattern ISO_PAGE_DATE = Pattern.compile(PAGE_DATE_LABEL + "(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private static final Pattern DOTTED_PAGE_DATE = Pattern.compile(PAGE_DATE_LABEL + CLOCK + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    private static final Pattern NAMED_PAGE_DATE = Pattern.compile(PAGE_DATE_LABEL + CLOCK
            + "(?:[A-Z][a-z]+day,?\\s+)?(?i:" + MONTH + ") (\\d{1,2}),? (\\d{4})\\b");

    private static final Pattern DAY_FIRST_PAGE_DATE = Pattern.compile(PAGE_DATE_LABEL + CLOCK
            + "(?:[A-Z][a-z]+day,?\\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\\s+)?(\\d{1,2}) (?i:" + MONTH + "),? (\\d{4})\\b");

    private static final int HEADER_SEARCH_LINES = 12;

    /** Parses a raw article; never returns null. Throws {@link ArticleException} for text that is no article. */
    public Article parse(RawArticle raw) {
        var text = normalise(raw.text());
        if (text.isBlank()) {
            throw new ArticleException(raw.origin(), "empty article: no text");
        }
        var header = findHeader(text);
        var published = raw.published() != null ? raw.published() : header.published;
        var datelineDate = header.datelineMonthDay == null ? header.datelineDate
                : resolveMonthDay(header.datelineMonthDay, published);
        var dateline = header.place == null ? null : new Article.Dateline(titleCase(header.place), datelineDate);
        if (published == null && datelineDate != null) {
            published = datelineDate;
        }
        var source = raw.source() != null ? raw.source() : header.source;
        var title = raw.title() != null ? raw.title() : header.title;
        return new Article(contentKey(text), source, raw.url(), published, dateline, title, text, header.bodyStart);
    }

    /** The content hash that identifies an article: first 16 hex digits of the SHA-256 of its normalised text. */
    public static String contentKey(String normalisedText) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    static String normalise(String text) {
        var result = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return result.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    }

    private static Header findHeader(String text) {
        var header = new Header();
        var export = EXPORT_HEADER.matcher(text);
        int searchFrom = 0;
        if (export.lookingAt()) {
            header.published = LocalDate.parse(export.group(1));
            searchFrom = export.end();
        }
        var updated = LAST_UPDATED.matcher(text);
        if (updated.find() && updated.start() < 2000) {
            header.published = header.published != null ? header.published
                    : LocalDate.of(Integer.parseInt(updated.group(3)), month(updated.group(1)), Integer.parseInt(updated.group(2)));
            if (updated.group(4) != null) {
                header.source = updated.group(4).strip();
            }
        }
        int lineStart = searchFrom;
        String firstLine = null;
        String previousLine = null;
        int pageDateEnd = -1;
        for (int i = 0; i < HEADER_SEARCH_LINES && lineStart < text.length(); i++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            var line = text.substring(lineStart, lineEnd);
            // A copy whose "date YYYY-MM-DD" header sits below the page furniture.
            var lineExport = EXPORT_HEADER.matcher(line);
            if (lineExport.lookingAt()) {
                header.published = header.published != null ? header.published : LocalDate.parse(lineExport.group(1));
                lineStart += lineExport.end();
                line = line.substring(lineExport.end());
            }
            if (matchDateline(line, lineStart, header)) {
                if (header.title == null && previousLine != null) {
                    header.title = previousLine;
                }
                return header;
            }
            var stripped = line.strip();
            var pageDate = stripped.length() <= 80 ? pageDate(stripped) : null;
            if (pageDate != null || LAST_UPDATED.matcher(stripped).matches()) {
                pageDateEnd = lineEnd;
            }
            if (pageDate != null) {
                header.published = header.published != null ? header.published : pageDate;
            }
            else if (!stripped.isEmpty() && !isClutter(stripped)) {
                if (firstLine == null) {
                    firstLine = stripped;
                }
                if (header.title == null && isHeadlineLike(stripped)) {
                    header.title = stripped;
                }
                previousLine = header.title;
            }
            lineStart = lineEnd + 1;
        }
        // Headline-first page: the first real line is the title, the body follows it.
        header.title = firstLine != null && isHeadlineLike(firstLine) ? firstLine : null;
        header.bodyStart = header.title == null ? searchFrom : bodyAfterTitle(text, header.title, searchFrom);
        if (header.title != null && pageDateEnd > header.bodyStart && isDeck(text.substring(header.bodyStart, pageDateEnd))) {
            // Headline, a one- or two-line summary (the deck), then the page date: the story starts below the date.
            header.bodyStart = bodyAfterTitle(text, text.substring(text.lastIndexOf('\n', pageDateEnd - 1) + 1, pageDateEnd).strip(),
                    header.bodyStart);
        }
        return header;
    }

    /** The date of a line that is a page date ("01.03.2023 12:20", "Updated 7:18 PM EST, November 22, 2020"), or null. */
    static LocalDate pageDate(String line) {
        try {
            Matcher m;
            if ((m = ISO_PAGE_DATE.matcher(line)).lookingAt() && rest(line, m)) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = DOTTED_PAGE_DATE.matcher(line)).lookingAt() && rest(line, m)) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = NAMED_PAGE_DATE.matcher(line)).lookingAt() && rest(line, m)) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = DAY_FIRST_PAGE_DATE.matcher(line)).lookingAt() && rest(line, m)) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        }
        catch (java.time.DateTimeException ex) {
            return null;
        }
        return null;
    }

    /** After a page date only a time, a zone or a source may follow, never a sentence. */
    private static boolean rest(String line, Matcher m) {
        var rest = line.substring(m.end()).strip();
        // "February 14, 2025 5:12 PM GMT+8 Updated 3 hours ago": a time, a zone, then the site's "updated" note.
        // "Fri 2 Aug 2019 11.47 BST": a time may be written with a dot.
        return rest.isEmpty() || rest.matches("(?i)(?:,|at|-|–|—)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
                + "(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?(?:\\s+(?:last\\s+)?updated\\b.*)?"
                + "(?:\\s*\\|.*)?|\\|.*|[A-Z]{2,5}");
    }

    /**
     * A deck: a short summary between a headline and the page date. {@code between} runs to the end of
     * the last page-date line, so it holds the summary and those date lines: four lines at most.
     */
    private static boolean isDeck(String between) {
        var lines = between.strip().lines().filter(line -> !line.isBlank()).toList();
        return lines.size() <= 4 && between.length() <= 500;
    }

    /** A line of a summary: several words that do not end as a sentence does. */
    private static boolean isDeckLine(String line) {
        char last = line.charAt(line.length() - 1);
        return line.length() <= 250 && ".!?\"”»’'…:".indexOf(last) < 0 && line.split("\\s+").length >= 6;
    }

    private static int bodyAfterTitle(String text, String title, int from) {
        int at = text.indexOf(title, from);
        int pos = at + title.length();
        boolean pastPageDate = false;
        // Skip a repeated headline and metadata lines that follow it.
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos + 1);
            if (lineEnd < 0) {
                break;
            }
            var line = text.substring(pos, lineEnd).strip();
            boolean pageDateLine = LAST_UPDATED.matcher(line).matches() || line.length() <= 80 && pageDate(line) != null;
            if (line.isEmpty() || line.equals(title) || isClutter(line) || pageDateLine
                    // "Last Updated: … | Source: Reuters", then "Tehran warns Europeans of consequences but says …": a
                    // summary under the date, not the story's first sentence, which ends as a sentence does.
                    || pastPageDate && isDeckLine(line) && !text.substring(lineEnd).isBlank()) {
                pastPageDate |= pageDateLine;
                pos = lineEnd;
                continue;
            }
            break;
        }
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return Math.min(pos, text.length());
    }

    private static boolean matchDateline(String line, int lineStart, Header header) {
        Matcher m;
        if ((m = TASS.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(3)));
            header.source = "TASS";
        }
        else if ((m = WIRE.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.source = m.group(2).strip();
        }
        else if ((m = INTERFAX.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(3)));
            header.source = "Interfax";
        }
        else if ((m = WIRE_DATED.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(3)));
            header.source = m.group(4).strip();
        }
        else if ((m = CITY_DASH.matcher(line)).lookingAt()) {
            header.place = m.group(1);
        }
        else if ((m = CITY_COLON.matcher(line)).lookingAt() && !NOT_PLACES.contains(m.group(1))) {
            header.place = m.group(1);
        }
        else if ((m = OUTLET_DAY_FIRST.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(3)), Integer.parseInt(m.group(2)));
            header.source = m.group(4).strip();
        }
        else if ((m = OUTLET_DATED.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.source = m.group(2).strip();
            header.datelineDate = LocalDate.of(Integer.parseInt(m.group(5)), month(m.group(4)), Integer.parseInt(m.group(3)));
            header.published = header.published != null ? header.published : header.datelineDate;
        }
        else if ((m = ARMENPRESS.matcher(line)).lookingAt() && !m.group(4).equals(m.group(1).toUpperCase(Locale.ROOT))) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(3)));
            header.source = titleCase(m.group(4));
        }
        else if ((m = BARE_OUTLET_DATED.matcher(line)).lookingAt()) {
            header.place = m.group(1);
            header.datelineMonthDay = MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(3)));
            header.source = m.group(4);
        }
        else {
            return false;
        }
        header.bodyStart = lineStart + m.end();
        return true;
    }

    /** Lines of site furniture around an article: navigation, photo credits, share buttons. */
    private static boolean isClutter(String line) {
        var lower = line.toLowerCase(Locale.ROOT);
        return lower.equals("all news") || lower.startsWith("photo:") || lower.contains("photo:")
                || lower.contains("/tass") && lower.length() < 120 && !lower.contains("/tass/.")
                || lower.startsWith("last updated") || lower.startsWith("source:") || lower.equals("share")
                || lower.startsWith("read more") || lower.startsWith("© ") || SECTION_KICKER.matcher(line).matches()
                || BREADCRUMB.matcher(line).matches() || PAGE_TOOLS.matcher(line).matches();
    }

    /** The trail of sections above a headline: "Home > World > Europe", "News › Politics". */
    private static final Pattern BREADCRUMB = Pattern.compile("[\\p{L}&][\\p{L}&.' -]{0,30}(?:\\s*[>›»]\\s*[\\p{L}&][\\p{L}&.' -]{0,30})+");

    /** A page's buttons or sections in a row: "Share | Comment | Print", "World | Security | Nuclear weapons". */
    private static final Pattern PAGE_TOOLS = Pattern.compile("(?:\\p{L}{1,20}(?: \\p{L}{1,20})?\\s*\\|\\s*)+\\p{L}{1,20}(?: \\p{L}{1,20})?");

    /** The section a page files the story under, above its headline: "NATIONAL / POLITICS", "WORLD". */
    private static final Pattern SECTION_KICKER = Pattern.compile("[A-Z&]{2,20}(?:\\s*[/|>]\\s*[A-Z&]{2,20}(?:\\s[A-Z&]{2,20})?)+|[A-Z]{3,15}");

    private static boolean isHeadlineLike(String line) {
        return line.length() <= 200 && !line.endsWith(".") || line.length() <= 120;
    }

    private static LocalDate resolveMonthDay(MonthDay monthDay, LocalDate published) {
        if (published == null) {
            return null;
        }
        // A dateline is at most a few days off the publication date; pick the year that makes it closest.
        var sameYear = monthDay.atYear(published.getYear());
        var candidates = new LocalDate[] { sameYear.minusYears(1), sameYear, sameYear.plusYears(1) };
        var best = sameYear;
        for (var candidate : candidates) {
            if (Math.abs(candidate.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    static int month(String name) {
        var key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (key.substring(0, 3)) {
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
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("Not a month: " + name);
        };
    }

    /** "WASHINGTON/MOSCOW" is "Washington/Moscow": each word, on either side of a slash, opens with a capital. */
    private static String titleCase(String place) {
        var lower = place.strip().toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(i == 0 || lower.charAt(i - 1) == ' ' || lower.charAt(i - 1) == '/' ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static final class Header {

        LocalDate published;

        String place;

        MonthDay datelineMonthDay;

        LocalDate datelineDate;

        String source;

        String title;

        int bodyStart;

    }

}
