package org.treatygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.treatygraph.evaluation.Evaluation;
import org.treatygraph.extraction.Extractor;

/** Scores extraction on an annotated corpus folder and prints the table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction on a folder of NAME.txt + NAME.expected.json files.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "FOLDER", description = "Folder with the annotated corpus.")
    Path folder;

    @Option(names = { "-v", "--verbose" }, description = "Also list every miss, per article.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        var report = new Evaluation(new Extractor()).evaluate(this.folder);
        report.print(System.out);
        if (this.verbose) {
            System.out.println();
            report.misses().forEach(System.out::println);
        }
        return 0;
    }

}
