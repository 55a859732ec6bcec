package org.treatygraph.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.extraction.EntityLabel;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.extraction.Extractor;

/**
 * Scores the extractor on a folder of annotated articles ({@code NAME.txt} + {@code NAME.expected.json},
 * format in {@code src/test/resources/corpus/README.md}). Names match by canonical name or any alias,
 * statements by the gold quote lying inside the extracted statement's span, events by type, subject,
 * object and date.
 */
public final class Evaluation {


    /** The scores over a corpus; {@code misses} lists what went wrong, per article, for reading. */
    public record Report(int articles, Map<EntityLabel, Score> entities, Score speakers, Score events,
            int stanceCorrect, int stanceTotal, List<String> misses) {

        public Score allEntities() {
            return this.entities.values().stream().reduce(Score.ZERO, Score::plus);
        }

        public double stanceAccuracy() {
            return this.stanceTotal == 0 ? 1.0 : (double) this.stanceCorrect / this.stanceTotal;
        }

        public void print(PrintStream out) {
            out.printf("Extraction quality over %d articles%n", this.articles);
            out.printf("%-26s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
            this.entities.forEach((label, score) -> row(out, "entities " + label, score));
            row(out, "entities (all)", allEntities());
            row(out, "speaker attribution", this.speakers);
            row(out, "events", this.events);
            out.printf("%-26s %9.3f   (%d of %d matched statements)%n", "stance accuracy", stanceAccuracy(),
                    this.stanceCorrect, this.stanceTotal);
        }

        private static void row(PrintStream out, String name, Score score) {
            out.printf("%-26s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, score.precision(), score.recall(), score.f1(),
                    score.truePositives(), score.falsePositives(), score.falseNegatives());
        }

    }

    private final Extractor extractor;

    private final ArticleParser parser = new ArticleParser();

    public Evaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    public Report evaluate(Path folder) throws IOException {
        var entities = new LinkedHashMap<EntityLabel, Score>();
        for (var label : EntityLabel.values()) {
            entities.put(label, Score.ZERO);
        }
        Score speakers = Score.ZERO;
        Score events = Score.ZERO;
        int stanceCorrect = 0;
        int stanceTotal = 0;
        var misses = new ArrayList<String>();
        var corpus = AnnotatedArticle.readAll(folder, this.parser);
        for (var annotated : corpus) {
            var graph = this.extractor.extract(annotated.article());
            var article = new ArticleScore(annotated.name(), graph, annotated.gold(), misses);
            for (var label : EntityLabel.values()) {
                entities.merge(label, article.entities(label), Score::plus);
            }
            speakers = speakers.plus(article.speakers());
            events = events.plus(article.events());
            stanceCorrect += article.stanceCorrect;
            stanceTotal += article.stanceTotal;
        }
        return new Report(corpus.size(), entities, speakers, events, stanceCorrect, stanceTotal, misses);
    }

    /** The comparison of one article's extraction with its gold graph. */
    private static final class ArticleScore {

        private final String name;

        private final ExtractedGraph graph;

        private final JsonNode gold;

        private final List<String> misses;

        int stanceCorrect;

        int stanceTotal;

        ArticleScore(String name, ExtractedGraph graph, JsonNode gold, List<String> misses) {
            this.name = name;
            this.graph = graph;
            this.gold = gold;
            this.misses = misses;
        }

        Score entities(EntityLabel label) {
            var expected = new ArrayList<String>();
            for (var node : this.gold.path("entities")) {
                if (label.name().equals(node.path("label").asString())) {
                    expected.add(node.path("name").asString());
                }
            }
            var predicted = this.graph.entities().stream().filter(e -> e.label() == label).toList();
            int tp = 0;
            var matched = new ArrayList<ExtractedGraph.Entity>();
            for (var name : expected) {
                var hit = predicted.stream().filter(e -> !matched.contains(e) && sameEntity(name, e)).findFirst();
                if (hit.isPresent()) {
                    tp++;
                    matched.add(hit.get());
                }
                else {
                    miss("missed " + label + " " + name);
                }
            }
            for (var entity : predicted) {
                if (!matched.contains(entity)) {
                    miss("spurious " + label + " " + entity.name());
                }
            }
            return new Score(tp, predicted.size() - matched.size(), expected.size() - tp);
        }

        Score speakers() {
            var text = this.graph.article().text();
            int tp = 0;
            var correct = new ArrayList<ExtractedGraph.Statement>();
            int expected = 0;
            for (var node : this.gold.path("statements")) {
                expected++;
                var quote = node.path("quote").asString();
                var speaker = node.path("speaker").asString();
                var found = matchStatement(this.graph, node, correct);
                if (found.isEmpty()) {
                    miss("missed statement by " + speaker + ": " + quote);
                    continue;
                }
                var statement = found.get();
                this.stanceTotal++;
                var goldStance = node.path("stance").asString();
                if (goldStance.equals(statement.stance().name())) {
                    this.stanceCorrect++;
                }
                else {
                    miss("stance " + statement.stance() + " (cue " + statement.cue() + ") expected " + goldStance + ": " + quote);
                }
                var entity = this.graph.entity(statement.speaker());
                if (entity != null && sameEntity(speaker, entity) && !correct.contains(statement)) {
                    tp++;
                    correct.add(statement);
                }
                else {
                    miss("speaker " + (entity == null ? statement.speaker() : entity.name()) + " expected " + speaker + ": " + quote);
                }
            }
            for (var statement : this.graph.statements()) {
                if (!correct.contains(statement) && !coversGold(statement, text)) {
                    miss("spurious statement by " + statement.speaker() + ": " + abbreviate(statement.text()));
                }
            }
            return new Score(tp, this.graph.statements().size() - tp, expected - tp);
        }

        private boolean coversGold(ExtractedGraph.Statement statement, String text) {
            for (var node : this.gold.path("statements")) {
                var quote = node.path("quote").asString();
                for (int at = text.indexOf(quote); at >= 0 && !quote.isEmpty(); at = text.indexOf(quote, at + 1)) {
                    if (statement.start() <= at + quote.length() / 2 && at + quote.length() / 2 <= statement.end()) {
                        return true;
                    }
                }
            }
            return false;
        }

        Score events() {
            var predicted = this.graph.relationships().stream().filter(r -> r.type().isEvent()).toList();
            var matched = new ArrayList<ExtractedGraph.Relationship>();
            int tp = 0;
            int expected = 0;
            for (var node : this.gold.path("events")) {
                expected++;
                var type = node.path("type").asString();
                var subject = node.path("subject").asString();
                var object = node.path("object").isNull() || node.path("object").isMissingNode() ? null : node.path("object").asString();
                var date = node.path("date").isNull() || node.path("date").isMissingNode() ? null : node.path("date").asString();
                var hit = predicted.stream()
                    .filter(r -> !matched.contains(r) && r.type().name().equals(type))
                    .filter(r -> sameEntity(subject, this.graph.entity(r.from())))
                    .filter(r -> object == null ? r.type().isTreatyLifecycle() || r.to().equals(r.from())
                            : sameEntity(object, this.graph.entity(r.to())))
                    .filter(r -> date == null ? r.date() == null : r.date() != null && date.equals(r.date().value()))
                    .findFirst();
                if (hit.isPresent()) {
                    tp++;
                    matched.add(hit.get());
                }
                else {
                    miss("missed event " + type + " " + subject + " -> " + object + " @" + date);
                }
            }
            for (var r : predicted) {
                if (!matched.contains(r)) {
                    miss("spurious event " + r.type() + " " + r.from() + " -> " + r.to() + " @"
                            + (r.date() == null ? null : r.date().value()));
                }
            }
            return new Score(tp, predicted.size() - tp, expected - tp);
        }

        private void miss(String what) {
            this.misses.add(this.name + ": " + what);
        }

        private static String abbreviate(String text) {
            return text.length() > 90 ? text.substring(0, 90) + "…" : text;
        }

    }

    /**
     * The extracted statement a gold statement is found in: one whose span holds the middle of the gold quote.
     * One passage may be said by two ("Russia and China said in a joint statement"): the statement of the
     * expected speaker not yet matched ({@code taken}) is preferred.
     */
    static Optional<ExtractedGraph.Statement> matchStatement(ExtractedGraph graph, JsonNode goldStatement,
            List<ExtractedGraph.Statement> taken) {
        var quote = goldStatement.path("quote").asString();
        var text = graph.article().text();
        var speaker = goldStatement.path("speaker").asString();
        // A quote may be printed twice (a page's sub-headline repeats the lead): any place it is said counts.
        var covering = new ArrayList<ExtractedGraph.Statement>();
        for (int at = text.indexOf(quote); at >= 0 && !quote.isEmpty(); at = text.indexOf(quote, at + 1)) {
            int middle = at + quote.length() / 2;
            graph.statements().stream().filter(s -> s.start() <= middle && middle <= s.end() && !covering.contains(s)).forEach(covering::add);
        }
        return covering.stream()
            .filter(s -> !taken.contains(s) && graph.entity(s.speaker()) != null && sameEntity(speaker, graph.entity(s.speaker())))
            .findFirst()
            .or(() -> covering.stream().findFirst());
    }

    static boolean sameEntity(String goldName, ExtractedGraph.Entity entity) {
        if (entity == null || goldName == null) {
            return false;
        }
        var wanted = normalise(goldName);
        if (normalise(entity.name()).equals(wanted)) {
            return true;
        }
        return entity.aliases().stream().anyMatch(alias -> normalise(alias).equals(wanted));
    }

    /** Case, articles, punctuation and common transliteration variants ("Sergei"/"Sergey") do not matter. */
    static String normalise(String name) {
        var lower = name.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        var out = new StringBuilder();
        for (var token : lower.split(" ")) {
            out.append(token.replaceAll("ei$", "ey").replaceAll("([^aeiouy])i$", "$1y")).append(' ');
        }
        return out.toString().strip();
    }

}
