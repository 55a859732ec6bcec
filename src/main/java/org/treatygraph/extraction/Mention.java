package org.treatygraph.extraction;

/**
 * One occurrence of an entity in the text, {@code [start, end)}.
 *
 * @param capital the mention is a capital city standing for its state ("Washington")
 */
record Mention(int start, int end, String key, EntityLabel label, String form, boolean capital) {

    boolean overlaps(int from, int to) {
        return this.start < to && from < this.end;
    }

}
