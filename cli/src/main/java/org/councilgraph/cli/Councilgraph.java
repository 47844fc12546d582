package org.councilgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code councilgraph} command: minutes of council meetings to a knowledge graph. */
@Command(name = "councilgraph", mixinStandardHelpOptions = true, version = "councilgraph 0.1.0",
        description = "Turns council meeting minutes into RDF, answers competency questions, validates graphs,"
                + " loads them into a database and serves it as a SPARQL endpoint.",
        subcommands = {ExtractCommand.class, AnswersCommand.class, ValidateCommand.class, LoadCommand.class, ServeCommand.class,
            QueryCommand.class, ExportCommand.class, NerCommand.class, ParticipationCommand.class, CommandLine.HelpCommand.class})
public final class Councilgraph {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with councilgraph's exit codes: 0 success, 1 some inputs failed, 2 usage error. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Councilgraph());
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("councilgraph: " + e.getMessage());
            return 1;
        });
        return cl;
    }
}
