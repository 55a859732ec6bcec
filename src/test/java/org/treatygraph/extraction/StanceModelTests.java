package org.treatygraph.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.RawArticle;
import org.treatygraph.evaluation.StanceTraining;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned stance model: the bundled file is what training on the corpus gives (so a change to the cue
 * rules, whose answers are features, cannot leave a stale model behind), it holds on writers it has not
 * learned from, and when it overturns the rules it names the words that made it.
 */
class StanceModelTests {

    private static StanceTraining training;

    @BeforeAll
    static void collectTheCorpus() throws Exception {
        training = StanceTraining.collect(List.of(Path.of("src/test/resources/corpus")));
    }

    @Test
    void bundledModelIsWhatTrainingOnTheCorpusGives() throws Exception {
        var retrained = training.train();
        var bundled = StanceModel.bundled();
        var differing = new ArrayList<String>();
        for (var example : training.allExamples()) {
            if (retrained.classify(example.features()) != bundled.classify(example.features())) {
                differing.add(String.join(" ", example.features()));
            }
        }
        assertThat(differing)
            .as("the bundled stance model is stale: run `java -jar target/treatygraph.jar train-stance` and commit src/main/resources%s",
                    StanceModel.RESOURCE)
            .isEmpty();
    }

    /**
     * Each fold holds out a contiguous run of articles, mostly one writer's: the model is scored on statements
     * it was not trained on. The floor is the figure measured, rounded down.
     */
    @Test
    void modelHoldsOnArticlesItWasNotTrainedOn() throws Exception {
        int statements = 0;
        int correct = 0;
        int rulesCorrect = 0;
        for (var fold : training.crossValidate(8)) {
            statements += fold.statements();
            correct += fold.modelCorrect();
            rulesCorrect += fold.rulesCorrect();
            // Every fold's training reaches the optimum: OpenNLP's own trainer once stopped one fold at 80% fit.
            assertThat(fold.fit()).as("fit of the model holding out %s .. %s", fold.first(), fold.last()).isGreaterThan(0.95);
        }
        assertThat(statements).isGreaterThan(1000);
        assertThat((double) correct / statements).isGreaterThanOrEqualTo(0.75);
        assertThat(correct).isGreaterThan(rulesCorrect);
    }

    /** Deciding reads hashes built from characters, training reads names: both must be the same features. */
    @Test
    void featureHashesAreTheHashesOfTheFeatureNames() throws Exception {
        var extractor = Extractor.withRuleStances();
        var parser = new ArticleParser();
        int statements = 0;
        try (var files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(30).toList()) {
                var graph = extractor.extract(parser.parse(new RawArticle(file.toString(), Files.readString(file), null, null,
                        LocalDate.of(2025, 1, 1), null)));
                var features = new StanceFeatures(graph);
                for (var statement : graph.statements()) {
                    var fromNames = Arrays.stream(features.of(statement)).mapToLong(StanceFeatures::hash).distinct().toArray();
                    assertThat(features.hashes(statement)).as(statement.text()).containsExactlyInAnyOrder(fromNames);
                    statements++;
                }
            }
        }
        assertThat(statements).isGreaterThan(100);
    }

    /** A side defending its own system, or one it hosts, is told apart from a side speaking of a rival's. */
    @Test
    void featuresSayHowTheSpeakersSideStandsToTheSubject() {
        var text = """
                MINSK, March 3. /TASS/. Russia has deployed Oreshnik missile systems in Belarus, the country's leadership said.
                Belarusian Defense Minister Pavel Kuzmich said the Oreshnik "reliably covers the western border."
                Russian Deputy Foreign Minister Oleg Sorokin said the Oreshnik "answers the threats we face."
                Sorokin said the Typhon "destabilises the whole region."
                """;
        var graph = Extractor.withRuleStances().extract(new ArticleParser().parse(new RawArticle("sides", text, null, null,
                LocalDate.of(2026, 3, 3), null)));
        var features = new StanceFeatures(graph);
        assertThat(graph.statements()).hasSize(3);
        assertThat(features.of(graph.statements().get(0))).contains("side-hosts").doesNotContain("own-system");
        assertThat(features.of(graph.statements().get(1))).contains("own-system", "side-deploys");
        assertThat(features.of(graph.statements().get(2))).contains("rival-system").doesNotContain("side-deploys");
        // Which side speaks, and of what: the same words read differently from Minsk, Moscow or Washington.
        assertThat(features.of(graph.statements().get(0))).contains("side=state/belarus", "side+about=state/belarus+missilesystem",
                "side+subject=state/belarus+missilesystem/oreshnik");
        assertThat(features.of(graph.statements().get(2))).contains("side+subject=state/russia+missilesystem/typhon");
    }

    @Test
    void writtenModelReadsBackToTheSameDecisions() throws Exception {
        var model = training.train();
        var bytes = new ByteArrayOutputStream();
        model.write(bytes);
        var read = StanceModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (var example : training.allExamples()) {
            assertThat(read.classify(example.features())).isEqualTo(model.classify(example.features()));
        }
    }

    @Test
    void overturningTheRulesNamesTheWordThatWeighedMost() throws Exception {
        var examples = new ArrayList<StanceModel.Example>();
        for (int i = 0; i < 20; i++) {
            examples.add(new StanceModel.Example(Stance.opposes, new String[] { "rule=neutral", "w:deplores", "w:the", "w:plan" + i }));
            examples.add(new StanceModel.Example(Stance.neutral, new String[] { "rule=neutral", "w:the", "w:visit" + i }));
            examples.add(new StanceModel.Example(Stance.supports, new String[] { "rule=supports", "w:the", "w:welcomes" }));
        }
        var model = StanceModel.train(examples);

        var overturned = model.decide(hashes("rule=neutral", "w:deplores", "w:the"), Stance.neutral, null);
        assertThat(overturned.stance()).isEqualTo(Stance.opposes);
        assertThat(overturned.cue()).isEqualTo("deplores");

        var kept = model.decide(hashes("rule=supports", "w:welcomes"), Stance.supports, "welcomes");
        assertThat(kept).isEqualTo(new StanceClassifier.Result(Stance.supports, "welcomes"));
    }

    private static long[] hashes(String... names) {
        var hashes = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            hashes[i] = StanceFeatures.hash(names[i]);
        }
        return hashes;
    }

}
