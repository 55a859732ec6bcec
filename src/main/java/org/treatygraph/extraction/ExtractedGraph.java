package org.treatygraph.extraction;

import java.util.List;
import java.util.Map;

import org.treatygraph.article.Article;

/**
 * Everything extracted from one article, ready to be written to the graph or printed as JSON. Keys are
 * business keys ("state/russia", "treaty/new-start", "person/sergey-ryabkov"): the same actor found in
 * two articles gets the same key. Offsets refer to {@link Article#text()}.
 */
public record ExtractedGraph(Article article, List<Entity> entities, List<Statement> statements,
        List<Relationship> relationships) {

    public record Span(int start, int end) {
    }

    /** @param properties label-specific facts: {@code role}, {@code state}, {@code iso}, {@code wikidata}, {@code rangeClass} */
    public record Entity(String key, EntityLabel label, String name, List<String> aliases,
            Map<String, Object> properties, List<Span> mentions) {
    }

    /**
     * @param key identifies the statement across articles (speaker + normalised text), so a stock paragraph
     * repeated by many articles stays one statement reported in many articles
     * @param speaker key of the entity speaking
     * @param about keys of what the statement concerns, the main subject first
     * @param cue the words that decided the stance
     * @param date when it was said: the article's date unless the text dates it
     */
    public record Statement(String key, String speaker, List<String> about, Stance stance, String cue, Kind kind,
            String text, int start, int end, PartialDate date) {

        public enum Kind {

            direct, reported

        }

    }

    /** @param properties type-specific data, e.g. {@code by} (deploying state) on DEPLOYED_IN, {@code role} on REPRESENTS */
    public record Relationship(RelationType type, String from, String to, PartialDate date, int start, int end,
            Map<String, Object> properties) {
    }

    public Entity entity(String key) {
        return this.entities.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

}
