package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.statementwarehouse.ingest.InputDiscovery;

/** The check of {@code --input} before anything runs: a path that does not exist is a usage error (exit 2). */
final class InputPaths {

    static final int USAGE_ERROR = 2;

    private InputPaths() {
    }

    /**
     * Prints one sentence naming the missing paths and returns false when any input path does not exist; true
     * otherwise. Nothing is opened or created before this check, so a refused command leaves no trace.
     */
    static boolean allExist(List<Path> inputs, PrintWriter err) {
        List<Path> missing = InputDiscovery.missing(inputs);
        if (missing.isEmpty()) {
            return true;
        }
        String names = missing.stream().map(Path::toString).collect(Collectors.joining(", "));
        err.println(missing.size() == 1
                ? "error: the input path " + names + " does not exist; nothing was run"
                : "error: the input paths " + names + " do not exist; nothing was run");
        err.flush();
        return false;
    }
}
