package io.statementwarehouse.remote;

/**
 * The Spring profiles of a load spread over processes. Without either, the job runs in one process as it
 * always did (partitions on local threads, the H2 job repository beside the warehouse).
 */
public final class RemoteProfiles {

    /** {@code run --workers}: discovers, sends the partitions to the broker, waits, merges the parts, publishes. */
    public static final String MANAGER = "manager";
    /** {@code worker}: takes partitions from the broker and writes each into a part file of its own. */
    public static final String WORKER = "worker";

    private RemoteProfiles() {
    }
}
