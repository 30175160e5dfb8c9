package dev.uniform.internal.ratelimit;

import dev.uniform.internal.ratelimit.SharedCounts.Grant;
import java.util.concurrent.CompletableFuture;

/**
 * One caller's allowance on this replica in one window: the part of the shared count it has leased and not yet spent.
 * Guarded by its own lock; a lease in flight is shared by every request of the caller that finds nothing left here.
 */
final class Allowance {

    /**
     * A lease takes this share of what is left of the window's limit, at least one request: few round trips for a
     * caller far from its limit, and ever smaller leases near it, so that requests leased by one replica and never
     * spent there (the caller's next ones went to others) stay a small part of the limit.
     */
    private static final int LEASE_SHARE = 20;

    final long windowStart;
    final int limit;

    private int available;
    private int usedSeen;
    private boolean exhausted;
    private CompletableFuture<Void> lease;

    Allowance(long windowStart, int limit) {
        this.windowStart = windowStart;
        this.limit = limit;
    }

    /**
     * What a request found here: a request taken, none left in the window, or a lease to wait for. The request that
     * finds no lease in flight starts one ({@code start}, of {@code size} requests); the others wait for it too.
     */
    record Found(boolean taken, boolean exhausted, CompletableFuture<Void> lease, boolean start, int size) {}

    synchronized Found take() {
        if (available > 0) {
            available--;
            return new Found(true, false, null, false, 0);
        }
        if (exhausted) {
            return new Found(false, true, null, false, 0);
        }
        if (lease != null) {
            return new Found(false, false, lease, false, 0);
        }
        lease = new CompletableFuture<>();
        return new Found(false, false, lease, true, Math.max(1, (limit - usedSeen) / LEASE_SHARE));
    }

    /** A lease of the shared count came back: null when nothing was left. */
    void leased(Grant grant) {
        CompletableFuture<Void> done;
        synchronized (this) {
            if (grant == null) {
                exhausted = true;
                usedSeen = limit;
            } else {
                available += grant.granted();
                usedSeen = Math.max(usedSeen, grant.used());
            }
            done = lease;
            lease = null;
        }
        done.complete(null);
    }

    /**
     * The shared count could not be reached: this replica allows the requests alone, never more than the whole limit
     * in the window, as if it were the only one.
     */
    void grantedHere(int wanted) {
        CompletableFuture<Void> done;
        synchronized (this) {
            int granted = Math.min(wanted, limit - usedSeen);
            if (granted <= 0) {
                exhausted = true;
            } else {
                available += granted;
                usedSeen += granted;
            }
            done = lease;
            lease = null;
        }
        done.complete(null);
    }

    /** The requests left to the caller in the window, as this replica knows: at the last lease, plus its own unspent. */
    synchronized int remaining() {
        return Math.max(0, limit - usedSeen) + available;
    }
}
