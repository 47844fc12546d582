package org.councilgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code councilgraph participation}: the participation model, which reads who attended from the corpus gold. */
@Command(name = "participation", mixinStandardHelpOptions = true,
        description = "Cross-validate the participation model (who was present, sent apologies, attended).",
        subcommands = {ParticipationEvaluateCommand.class, HelpCommand.class})
public final class ParticipationCommand {
}
