package io.statementwarehouse.warehouse;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the chunks of one process that carry the same release key (the same source and id in two input files)
 * write one after the other. Each chunk decides from what is committed whether its record is kept or a copy; were two
 * such chunks to run at once, neither would see the other's uncommitted release and both would be stored.
 *
 * <p>A chunk takes all its keys at once or waits (no chunk holds some keys while it waits for others, so there is no
 * deadlock). Different keys never wait for each other: the partitions still write in parallel.
 */
public final class ReleaseKeyLocks {

    private final Map<Long, Thread> held = new HashMap<>();

    /** Takes every key of a chunk, waiting while another thread holds any of them. */
    public synchronized void lockAll(long[] keys) {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        while (heldByOther(keys, me)) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // a chunk half-written is worse than a late stop: finish, then tell the caller's thread
            }
        }
        for (long k : keys) {
            held.put(k, me);
        }
        if (interrupted) {
            me.interrupt();
        }
    }

    public synchronized void unlockAll(long[] keys) {
        Thread me = Thread.currentThread();
        for (long k : keys) {
            held.remove(k, me);
        }
        notifyAll();
    }

    private boolean heldByOther(long[] keys, Thread me) {
        for (long k : keys) {
            Thread owner = held.get(k);
            if (owner != null && owner != me) {
                return true;
            }
        }
        return false;
    }
}
