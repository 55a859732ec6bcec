package org.treatygraph.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.extraction.Extractor;
import org.treatygraph.extraction.Stance;
import org.treatygraph.extraction.StanceFeatures;
import org.treatygraph.extraction.StanceModel;

/**
 * Trains the stance model from an annotated corpus: every gold statement the extractor finds becomes an
 * example, its features taken from the rules-only extraction and its label from the gold. Cross-validation
 * holds out contiguous runs of articles: the corpus is numbered by writer, so a fold is mostly one writer's
 * articles, and the figure says how the model does on a writer it has not learned from.
 */
public final class StanceTraining {

    /**
     * One held-out run of articles: how many of its statements the rules and the model get right, and how much
     * of its own training data the model fits (far below 1: the optimiser stopped short).
     */
    public record Fold(String first, String last, int statements, int rulesCorrect, int modelCorrect, double fit) {
    }

    private record ArticleExamples(String name, List<StanceModel.Example> examples, List<Stance> ruled) {
    }

    private final List<ArticleExamples> articles;

    private StanceTraining(List<ArticleExamples> articles) {
        this.articles = articles;
    }

    public static StanceTraining collect(List<Path> folders) throws IOException {
        var extractor = Extractor.withRuleStances();
        var parser = new ArticleParser();
        var articles = new ArrayList<ArticleExamples>();
        for (var folder : folders) {
            for (var annotated : AnnotatedArticle.readAll(folder, parser)) {
                var graph = extractor.extract(annotated.article());
                var features = new StanceFeatures(graph);
                var examples = new ArrayList<StanceModel.Example>();
                var ruled = new ArrayList<Stance>();
                var taken = new ArrayList<ExtractedGraph.Statement>();
                for (var node : annotated.gold().path("statements")) {
                    var match = Evaluation.matchStatement(graph, node, taken);
                    if (match.isEmpty()) {
                        continue;
                    }
                    var statement = match.get();
                    taken.add(statement);
                    examples.add(new StanceModel.Example(Stance.valueOf(node.path("stance").asString()), features.of(statement)));
                    ruled.add(statement.stance());
                }
                articles.add(new ArticleExamples(annotated.name(), examples, ruled));
            }
        }
        return new StanceTraining(articles);
    }

    public int examples() {
        return this.articles.stream().mapToInt(a -> a.examples().size()).sum();
    }

    /** Every example, in corpus order. */
    public List<StanceModel.Example> allExamples() {
        return examplesExcept(-1, -1);
    }

    public StanceModel train() throws IOException {
        return StanceModel.train(examplesExcept(-1, -1));
    }

    /** Trains on all but each of {@code folds} contiguous runs of articles in turn, and scores that run. */
    public List<Fold> crossValidate(int folds) throws IOException {
        var results = new ArrayList<Fold>();
        int n = this.articles.size();
        for (int fold = 0; fold < folds; fold++) {
            int from = fold * n / folds;
            int to = (fold + 1) * n / folds;
            if (from >= to) {
                continue;
            }
            var trainedOn = examplesExcept(from, to);
            var model = StanceModel.train(trainedOn);
            int fitted = 0;
            for (var example : trainedOn) {
                fitted += model.classify(example.features()) == example.stance() ? 1 : 0;
            }
            int statements = 0;
            int rulesCorrect = 0;
            int modelCorrect = 0;
            for (var article : this.articles.subList(from, to)) {
                for (int i = 0; i < article.examples().size(); i++) {
                    var example = article.examples().get(i);
                    statements++;
                    rulesCorrect += article.ruled().get(i) == example.stance() ? 1 : 0;
                    modelCorrect += model.classify(example.features()) == example.stance() ? 1 : 0;
                }
            }
            results.add(new Fold(this.articles.get(from).name(), this.articles.get(to - 1).name(), statements, rulesCorrect,
                    modelCorrect, (double) fitted / trainedOn.size()));
        }
        return results;
    }

    private List<StanceModel.Example> examplesExcept(int from, int to) {
        var examples = new ArrayList<StanceModel.Example>();
        for (int i = 0; i < this.articles.size(); i++) {
            if (i < from || i >= to) {
                examples.addAll(this.articles.get(i).examples());
            }
        }
        return examples;
    }

}
