package org.treatygraph.cli;

import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; {@link #run} decides between the server and a one-shot sub-command. */
@Command(name = "treatygraph", mixinStandardHelpOptions = true, version = "treatygraph 0.1.0",
        description = "A graph database of actors, treaties and positions, built from news articles.",
        subcommands = { ServeCommand.class, IngestCommand.class, ExtractCommand.class, EvaluateCommand.class,
                TrainStanceCommand.class,
                ExportCommand.class, BenchmarkApiCommand.class })
public final class TreatygraphCommand {

    /** Returned by {@link #run} when the server was started and the JVM must stay up. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private static final Set<String> ONE_SHOT = Set.of("ingest", "extract", "evaluate", "train-stance", "export", "benchmark-api", "help",
            "--help", "-h", "--version", "-V");

    static Class<?> application;

    /**
     * Arguments that start with a sub-command run it; anything else (no arguments, or only Spring
     * properties such as {@code --server.port=9090}) starts the server, as {@code spring-boot:run} expects.
     */
    public static int run(Class<?> applicationClass, String[] args) {
        application = applicationClass;
        if (args.length == 0 || !ONE_SHOT.contains(args[0]) && !"serve".equals(args[0])) {
            ServeCommand.start(List.of(args));
            return KEEP_RUNNING;
        }
        if ("serve".equals(args[0])) {
            ServeCommand.start(List.of(args).subList(1, args.length));
            return KEEP_RUNNING;
        }
        return new CommandLine(new TreatygraphCommand()).execute(args);
    }

}
