package org.treatygraph.article;

import java.time.LocalDate;

/**
 * An article as delivered, before parsing: the text plus whatever metadata came with it.
 *
 * @param origin where it came from, for error messages ("seeds/a.txt", "feed.jsonl:12")
 */
public record RawArticle(String origin, String text, String source, String url, LocalDate published, String title) {

    public static RawArticle ofText(String origin, String text) {
        return new RawArticle(origin, text, null, null, null, null);
    }

}
