package org.treatygraph.export;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A piece of the graph ready to be written: nodes identified by their business key, relationships by
 * type and ends. Property values are plain Java ({@code String}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code LocalDate}, {@code String} for date-times, lists of those).
 */
public record Subgraph(List<Node> nodes, List<Edge> edges) {

    public record Node(String id, List<String> labels, Map<String, Object> properties) {

        /** The label a tool colours by: the first domain label. */
        public String label() {
            return this.labels.isEmpty() ? "" : this.labels.getFirst();
        }

        /** What a tool writes on the node: a name, an article title, or the start of a quote. */
        public String caption() {
            Object caption = this.properties.getOrDefault("name", this.properties.get("title"));
            if (caption == null && this.properties.get("text") instanceof String text) {
                caption = text.length() > 60 ? text.substring(0, 57) + "…" : text;
            }
            return caption == null ? this.id : caption.toString();
        }

        /**
         * When the node appears on a timeline: a statement's date, an article's publication date;
         * entities have no date of their own and exist throughout.
         */
        public LocalDate since() {
            return this.properties.get("sortDate") instanceof LocalDate date ? date
                    : this.properties.get("published") instanceof LocalDate published ? published : null;
        }

    }

    public record Edge(String id, String type, String source, String target, Map<String, Object> properties) {

        public LocalDate sortDate() {
            return this.properties.get("sortDate") instanceof LocalDate date ? date : null;
        }

    }

    /** Every property name used by the given nodes (or edges), in first-seen order. */
    static Set<String> propertyNames(List<? extends Map<String, Object>> propertyMaps) {
        var names = new LinkedHashSet<String>();
        propertyMaps.forEach(map -> names.addAll(map.keySet()));
        return names;
    }

}
