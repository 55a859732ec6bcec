package org.treatygraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.treatygraph.cli.TreatygraphCommand;

/**
 * treatygraph: a graph of actors, treaties and positions built from news articles. {@code main}
 * dispatches the command line: no command (or {@code serve}) runs the server; {@code ingest},
 * {@code extract} and {@code evaluate} are one-shot commands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TreatygraphApplication {

    public static void main(String[] args) {
        int exit = TreatygraphCommand.run(TreatygraphApplication.class, args);
        if (exit != TreatygraphCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

}
