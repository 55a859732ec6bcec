package org.treatygraph.extraction;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.treatygraph.evaluation.Evaluation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards extraction quality on the annotated corpus (src/test/resources/corpus). The floors are the
 * figures reached so far, slightly rounded down: a change that makes extraction worse fails the build.
 * They are not the targets of issue #3 (entities 0.95, speakers 0.90, events 0.85, stance 0.80), which
 * are not all met (see the README figures); raise the floors as extraction improves.
 */
class ExtractionQualityTests {

    @Test
    void extractionDoesNotFallBelowItsMeasuredQuality() throws Exception {
        var report = new Evaluation(new Extractor()).evaluate(Path.of("src/test/resources/corpus"));
        report.print(System.out);
        assertThat(report.articles()).isGreaterThanOrEqualTo(34);
        assertThat(report.allEntities().f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(report.speakers().f1()).isGreaterThanOrEqualTo(0.89);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(report.stanceAccuracy()).isGreaterThanOrEqualTo(0.70);
    }

    /** The held-out articles (see their README): lower figures, guarded the same way. */
    @Test
    void heldOutArticlesDoNotFallBelowTheirMeasuredQuality() throws Exception {
        var report = new Evaluation(new Extractor()).evaluate(Path.of("src/test/resources/corpus-heldout"));
        report.print(System.out);
        assertThat(report.articles()).isEqualTo(10);
        assertThat(report.allEntities().f1()).isGreaterThanOrEqualTo(0.92);
        assertThat(report.speakers().f1()).isGreaterThanOrEqualTo(0.76);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(0.82);
        assertThat(report.stanceAccuracy()).isGreaterThanOrEqualTo(0.50);
    }

}
