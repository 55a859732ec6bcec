package org.treatygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.treatygraph.evaluation.StanceTraining;

/** Retrains the bundled stance model from the annotated corpus, after a cross-validation report. */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = "Train the stance model on annotated corpus folders and write it; print its cross-validated accuracy first.")
final class TrainStanceCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FOLDER", defaultValue = "src/test/resources/corpus",
            description = "Annotated corpus folder (repeatable). Default: ${DEFAULT-VALUE}.")
    List<Path> corpus;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/extraction/stance-model.bin.gz",
            description = "Where to write the model. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--folds", defaultValue = "8",
            description = "Cross-validation folds, each a contiguous run of articles (0: none). Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--dry-run", description = "Cross-validate only; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        // OpenNLP reports every indexing and optimisation step at INFO: noise on a command line.
        if (LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        var training = StanceTraining.collect(this.corpus);
        System.out.printf("%d statements from %s%n", training.examples(), this.corpus);
        if (this.folds > 0) {
            int statements = 0;
            int rules = 0;
            int model = 0;
            System.out.printf("%-64s %10s %8s %8s %8s%n", "held-out articles", "statements", "rules", "model", "fit");
            for (var fold : training.crossValidate(this.folds)) {
                System.out.printf("%-64s %10d %8.3f %8.3f %8.3f%n", fold.first() + " .. " + fold.last(), fold.statements(),
                        (double) fold.rulesCorrect() / fold.statements(), (double) fold.modelCorrect() / fold.statements(), fold.fit());
                statements += fold.statements();
                rules += fold.rulesCorrect();
                model += fold.modelCorrect();
            }
            System.out.printf("%-64s %10d %8.3f %8.3f%n", "all", statements, (double) rules / statements, (double) model / statements);
        }
        if (!this.dryRun) {
            if (this.out.getParent() != null) {
                Files.createDirectories(this.out.getParent());
            }
            try (var stream = Files.newOutputStream(this.out)) {
                training.train().write(stream);
            }
            System.out.println("wrote " + this.out);
        }
        return 0;
    }

}
