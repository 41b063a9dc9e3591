package io.statementwarehouse.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * One run at a time per warehouse: an operating-system lock on a file beside the warehouse, released
 * when the holder ends, even by {@code kill -9}. The holder writes its process id and start time into
 * the file so a second process can say who holds it.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path warehouse) {
        return warehouse.resolveSibling(warehouse.getFileName() + ".lock");
    }

    /** Takes the lock or fails at once with a sentence that says who holds it and what to do. */
    public static RunLock acquire(Path warehouse) throws IOException {
        Path file = lockFile(warehouse.toAbsolutePath().normalize());
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very process (another command in the same JVM)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new RunInProgressException("another run holds the warehouse " + warehouse.toAbsolutePath().normalize()
                    + (holder.isBlank() ? "" : " (" + holder + ")")
                    + "; wait for it to finish, or stop it (kill <pid> stops it at the next chunk), then run again");
        }
        String me = "pid " + ProcessHandle.current().pid() + ", started " + OffsetDateTime.now().withNano(0);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    /** Who holds the lock ("pid 123, started ..."), or empty when no run holds it. */
    public static java.util.Optional<String> holder(Path warehouse) throws IOException {
        Path file = lockFile(warehouse.toAbsolutePath().normalize());
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return java.util.Optional.of(readHolder(channel));
            }
            if (probe != null) {
                probe.release();
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(readHolder(channel));
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** A second run on the same warehouse while one is in progress. */
    public static class RunInProgressException extends IOException {
        public RunInProgressException(String message) {
            super(message);
        }
    }
}
