package org.treatygraph.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.treatygraph.extraction.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTests {

    @Test
    void aQuotePrintedTwiceIsMatchedWhereverTheStatementWasFound(@TempDir Path folder) throws Exception {
        // A headline-first page repeats its lead in a sub-headline above the dateline; the extractor reads the
        // statement in the body, and the gold quote is found first in the sub-headline.
        Files.writeString(folder.resolve("0001_article.txt"), """
                Moscow warns of response to missiles in Asia
                The spokeswoman said Moscow would reckon with the launchers in its defence planning
                All news

                MOSCOW, March 4. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova said on Wednesday that \
                Moscow would reckon with the launchers in its defence planning.
                """);
        Files.writeString(folder.resolve("0001_article.expected.json"), """
                {"published": "2026-03-04",
                 "entities": [{"label": "Person", "name": "Maria Zakharova"}, {"label": "State", "name": "Russia"},
                              {"label": "Organization", "name": "Russian Foreign Ministry"}],
                 "statements": [{"speaker": "Maria Zakharova", "quote": "Moscow would reckon with the launchers",
                                 "kind": "reported", "stance": "opposes"}],
                 "events": []}
                """);
        var report = new Evaluation(new Extractor()).evaluate(folder);
        assertThat(report.speakers().truePositives()).isEqualTo(1);
        assertThat(report.speakers().falsePositives()).isZero();
    }

}
