package org.treatygraph.cli;

import java.util.List;

import picocli.CommandLine.Command;

import org.springframework.boot.SpringApplication;

/** Runs the server: GraphQL API, GraphiQL, health, and (embedded mode) Bolt for Cypher tools. */
@Command(name = "serve", description = "Start the server (the default when no command is given). "
        + "Spring properties may follow, e.g. --server.port=9090.")
final class ServeCommand {

    static void start(List<String> springArgs) {
        SpringApplication.run(TreatygraphCommand.application, springArgs.toArray(String[]::new));
    }

}
