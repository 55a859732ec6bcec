package org.treatygraph.extraction;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.treatygraph.evaluation.Evaluation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards extraction quality on the annotated corpora. The floors are the figures reached so far,
 * slightly rounded down: a change that makes extraction worse fails the build. They are not the
 * targets of issue #3 (entities 0.95, speakers 0.90, events 0.85, stance 0.80), which are not all met
 * (see the README figures); raise the floors as extraction improves.
 */
class ExtractionQualityTests {

    /** @param stance null where the figure is no measure: the stance model was trained on those articles */
    private record Floors(double entities, double speakers, double events, Double stance) {
    }

    /**
     * The stance model learned from these articles, so their stance figure is no measure; its accuracy on
     * articles it did not learn from is guarded by {@link StanceModelTests}.
     */
    @Test
    void developmentCorpusDoesNotFallBelowItsMeasuredQuality() throws Exception {
        assertQuality("src/test/resources/corpus", 1446, new Floors(0.98, 0.95, 0.95, null));
    }

    /** The held-out articles (see their README): lower figures, guarded the same way. */
    @Test
    void heldOutArticlesDoNotFallBelowTheirMeasuredQuality() throws Exception {
        assertQuality("src/test/resources/corpus-heldout", 252, new Floors(0.95, 0.90, 0.85, 0.75));
    }

    private static void assertQuality(String folder, int articles, Floors floors) throws Exception {
        // Failing fast: a stage that throws on a corpus article fails the build instead of only lowering a figure.
        var report = new Evaluation(Extractor.failingFast()).evaluate(Path.of(folder));
        report.print(System.out);
        assertThat(report.articles()).isEqualTo(articles);
        assertThat(report.allEntities().f1()).isGreaterThanOrEqualTo(floors.entities());
        assertThat(report.speakers().f1()).isGreaterThanOrEqualTo(floors.speakers());
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(floors.events());
        if (floors.stance() != null) {
            assertThat(report.stanceAccuracy()).isGreaterThanOrEqualTo(floors.stance());
        }
    }

}
