package org.treatygraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.treatygraph.ingest.IngestReport;
import org.treatygraph.ingest.IngestService;

/**
 * Ingests files and folders into the configured database (embedded store, or the server named by
 * {@code NEO4J_URI}), with a progress bar and a summary. Exit code 0 when nothing failed, 1 otherwise.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest article files (.txt, .jsonl) and folders into the graph.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<Path> paths;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    /** Spring properties (--treatygraph.embedded.data-dir=…) pass through to the application. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        var args = new ArrayList<>(this.springArgs);
        args.add("--treatygraph.ingest.load-samples=false");
        try (var context = new SpringApplicationBuilder(TreatygraphCommand.application).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new))) {
            var service = context.getBean(IngestService.class);
            var bar = new AtomicReference<ProgressBar>();
            IngestReport report;
            try {
                report = service.ingestPaths(this.paths, size -> {
                    if (!this.noProgress && size > 1) {
                        bar.set(new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(size)
                            .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build());
                    }
                }, () -> {
                    if (bar.get() != null) {
                        bar.get().step();
                    }
                });
            }
            finally {
                if (bar.get() != null) {
                    bar.get().close();
                }
            }
            System.out.println(report.summary());
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

}
