package org.treatygraph.article;

/** Input that cannot be turned into an article; the message names the file (and line) at fault. */
public class ArticleException extends RuntimeException {

    private final String origin;

    public ArticleException(String origin, String reason) {
        super(origin + ": " + reason);
        this.origin = origin;
    }

    /** File name, with ":line" for JSON Lines input. */
    public String origin() {
        return this.origin;
    }

    /** The reason without the origin prefix. */
    public String reason() {
        return getMessage().substring(this.origin.length() + 2);
    }

}
