package dev.uniform.internal.persistence;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * Takes turns for the chunks exports read, service-wide: at most {@code uniform.export.concurrent-reads} at once, the
 * others queued in the order they asked. Without it, 100 callers starting an export together sent 100 reads of 500
 * rows to a pool of 20 connections, and every read by id queued behind them (p99 400 ms, against 6 ms without them).
 * A turn is held while a chunk is read and turned into representations, not while the caller takes it in, so a slow
 * caller holds none. A chunk
 * waiting for its turn still counts against its request's database budget: a first chunk that waits too long is a
 * 503, as any request that finds the database too busy.
 */
@ApplicationScoped
public class ExportReads {

    private final int concurrent;
    private final Queue<Turn> waiting = new ArrayDeque<>();
    private int inProgress;

    /**
     * Made by CDI.
     *
     * @param config how many chunks may be read at once
     */
    @Inject
    public ExportReads(ExportConfig config) {
        this(config.concurrentReads());
    }

    ExportReads(int concurrent) {
        this.concurrent = concurrent;
    }

    /**
     * Reads a chunk in its turn.
     *
     * @param <T> what the read gives
     * @param read the read, started once it is this chunk's turn, on the Vert.x context that asked for it
     * @return what the read gives; cancelled, it gives up its turn or its place in the queue
     */
    public <T> Uni<T> inTurn(Supplier<Uni<T>> read) {
        return Uni.createFrom().deferred(() -> {
            Turn turn = new Turn(Vertx.currentContext());
            return Uni.createFrom()
                    .<Void>emitter(turn::take)
                    .chain(ignored -> read.get())
                    .onTermination()
                    .invoke(turn::end);
        });
    }

    /** One chunk's place: waiting, then reading, then done. Its state changes under the lock of its ExportReads. */
    private final class Turn {

        private final Context askedOn;
        private UniEmitter<? super Void> start;
        private boolean reading;
        private boolean done;

        Turn(Context askedOn) {
            this.askedOn = askedOn;
        }

        void take(UniEmitter<? super Void> start) {
            synchronized (ExportReads.this) {
                this.start = start;
                if (inProgress == concurrent) {
                    waiting.add(this);
                    return;
                }
                inProgress++;
                reading = true;
            }
            start.complete(null);
        }

        void end() {
            Turn next;
            synchronized (ExportReads.this) {
                if (done) {
                    return;
                }
                done = true;
                if (!reading) {
                    waiting.remove(this);
                    return;
                }
                next = waiting.poll();
                if (next == null) {
                    inProgress--;
                } else {
                    next.reading = true;
                }
            }
            if (next != null) {
                next.begin();
            }
        }

        /** On the context that asked: its request's database budget applies, and its event loop reads. */
        private void begin() {
            if (askedOn == null) {
                start.complete(null);
            } else {
                askedOn.runOnContext(ignored -> start.complete(null));
            }
        }
    }
}
