package org.treatygraph.article;

import java.time.LocalDate;

/**
 * One news article as the rest of the system sees it. Character offsets anywhere in treatygraph refer
 * to {@link #text()}, which is the page text with line endings normalised and nothing else changed.
 *
 * @param key content hash of the text: the same text always gets the same key, whatever its source
 * @param source outlet or agency ("TASS", "AP"), or null when the page does not say
 * @param url where the article came from, if known
 * @param published publication date, or null when neither the page nor its metadata gives one
 * @param dateline the "CITY, Month D." line, or null
 * @param title headline, or null
 * @param text the normalised page text
 * @param bodyStart offset of the first character of the article body (after header and page clutter)
 */
public record Article(String key, String source, String url, LocalDate published, Dateline dateline, String title,
        String text, int bodyStart) {

    /** The place and date a wire story is filed from; the date may differ from {@link #published()}. */
    public record Dateline(String place, LocalDate date) {
    }

    /** The article's reference date for resolving "on Monday" or "February 5": dateline, else publication. */
    public LocalDate referenceDate() {
        if (dateline != null && dateline.date() != null) {
            return dateline.date();
        }
        return published;
    }

}
