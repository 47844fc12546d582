package org.councilgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code councilgraph ner}: the name finder's training data, training and evaluation. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train, evaluate and draft training data for councilgraph's name finder (person, role, organisation).",
        subcommands = {NerTrainCommand.class, NerEvaluateCommand.class, NerDraftCommand.class, HelpCommand.class})
public final class NerCommand {
}
