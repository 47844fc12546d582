package org.councilgraph.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}: how many documents are extracted at once (default: the available processors). */
public final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int threads = OrderedWork.availableThreads();

    @Option(names = "--threads", paramLabel = "N",
            description = "Extract N documents at once (default: as many as the processors this JVM may use). The output is the same whatever N.")
    void setThreads(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + value);
        }
        threads = value;
    }

    /** The number of threads asked for. */
    public int threads() {
        return threads;
    }
}
