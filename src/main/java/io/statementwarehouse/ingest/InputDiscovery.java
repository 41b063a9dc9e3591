package io.statementwarehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the input files under the given paths (recursively, in a stable order) and hashes them.
 * Files of an unknown type are reported, not silently passed over.
 */
public final class InputDiscovery {

    /** What discovery found: the loadable files and the paths it could not use. */
    public record Found(List<InputFile> files, List<RejectedRecord> problems) {
    }

    /**
     * The input paths that do not exist. A command checks them before it starts a run: a mistyped path in a crontab
     * line is the user's mistake, not bad data, and must fail loudly instead of loading nothing every night.
     */
    public static List<Path> missing(List<Path> inputs) {
        return inputs.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !Files.exists(p)).distinct().toList();
    }

    public Found discover(List<Path> inputs) {
        List<InputFile> files = new ArrayList<>();
        List<RejectedRecord> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                // The commands refuse a missing path before the run; one that vanished since (a restart) is recorded.
                problems.add(RejectedRecord.of(abs.toString(), 0, "input path does not exist", null));
                continue;
            }
            List<Path> candidates;
            try (Stream<Path> walk = Files.walk(abs)) {
                candidates = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                problems.add(RejectedRecord.of(abs.toString(), 0, "input path unreadable: " + e.getMessage(), null));
                continue;
            }
            for (Path file : candidates) {
                Optional<InputFormat> format = InputFormat.of(file);
                if (format.isEmpty()) {
                    problems.add(RejectedRecord.of(file.toString(), 0,
                            "unsupported file type (expected .txt, .csv or .jsonl, optionally .gz)", null));
                    continue;
                }
                try {
                    files.add(new InputFile(file.toString(), Files.size(file), sha256(file), format.get(), InputFormat.isGzip(file)));
                } catch (IOException e) {
                    problems.add(RejectedRecord.of(file.toString(), 0, "file unreadable: " + e.getMessage(), null));
                }
            }
        }
        return new Found(files.stream().distinct().toList(), problems);
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = ReleaseKeys.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
