package io.statementwarehouse.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM (a plain {@code kill}, systemd stopping the service) while a command runs a job: the job is
 * asked to stop at its next chunk boundary, and the JVM waits until the command has finished and closed
 * its job repository, so the run is recorded STOPPED with its position and restarts cleanly. (Spring's
 * own shutdown hook is off for the command line: it would close the job repository under the job.)
 */
final class GracefulStop implements AutoCloseable {

    private static final long WAIT_SECONDS = 300;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private final boolean registered;

    GracefulStop(Runnable stopJob) {
        this.hook = new Thread(() -> {
            stopJob.run();
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-stop");
        boolean ok;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            ok = true;
        } catch (IllegalStateException e) {
            ok = false; // the JVM is already shutting down
        }
        this.registered = ok;
    }

    /** The command is done and its context closed: a pending shutdown may proceed. */
    @Override
    public void close() {
        finished.countDown();
        if (registered) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running and now sees the command finished
            }
        }
    }
}
