package dev.uniform.internal.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where exports turn rows into representations and representations into JSON: a few threads of their own rather than
 * the event loops. A chunk of 500 is some milliseconds of work; on an event loop, every request that loop serves
 * waits for it, and 100 exports starting together stalled reads by id for hundreds of milliseconds. Here the
 * operating system shares the CPUs between this work and the event loops, and the threads bound what all exports
 * take together ({@code uniform.export.threads}).
 */
@ApplicationScoped
public class ExportWorkers implements Executor {

    private final ExecutorService threads;

    /**
     * Made by CDI.
     *
     * @param config the number of threads
     */
    public ExportWorkers(ExportConfig config) {
        int count = config.threads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        AtomicInteger made = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, "uniform-export-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable work) {
        threads.execute(work);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
