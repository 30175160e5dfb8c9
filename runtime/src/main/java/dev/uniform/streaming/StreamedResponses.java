package dev.uniform.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.internal.persistence.ExportWorkers;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Streams of many items to a caller, written so that their cost does not depend on how fast the caller reads.
 *
 * <p>Quarkus REST writes each item of a {@code Multi} as an HTTP chunk of its own: it looks up a writer, serializes,
 * writes and flushes, then waits for the write to complete before it asks for the next item. A slow reader's socket
 * is full most of the time, so each item costs a flush and an event-loop round trip as the socket drains, a few
 * hundred bytes at a time: 100 readers at 4 KB/s kept a core busy and slowed every other request. {@link #ndjson}
 * writes a chunk of items at once, so that the work per byte stays that of one write; and writes it as JSON on the
 * exports' own threads, as a chunk of 500 on an event loop made every request on that loop wait for it.
 *
 * <p>Quarkus logs a stream that fails after its first item at ERROR, whether the database failed or the caller just
 * went away (its write failed); uniform-runtime turns that logger off, so these streams log their own failures, and a
 * caller that leaves is not an error.
 */
@ApplicationScoped
public class StreamedResponses {

    private static final Logger LOG = Logger.getLogger(StreamedResponses.class);
    private static final byte NEWLINE = '\n';

    private final ObjectMapper json;
    private final ExportWorkers workers;

    /**
     * Made by CDI: services inject this bean rather than construct it; not API, as the type of its threads is not.
     *
     * @param json the service's mapper, so that streamed items are written as in any other response
     * @param workers the threads that write chunks as JSON, off the event loops
     */
    StreamedResponses(ObjectMapper json, ExportWorkers workers) {
        this.json = json;
        this.workers = workers;
    }

    /**
     * Newline-delimited JSON, one line per item, written a chunk at a time; for a resource method that
     * {@code @Produces(RestMediaType.APPLICATION_NDJSON)} and returns the {@code Multi<byte[]>}. Quarkus ends every
     * element with a newline, so each chunk is its items' lines without the last newline; empty chunks are skipped.
     *
     * @param <T> the item type, written as JSON
     * @param chunks the items, as read from the database a chunk at a time
     * @param what what is streamed, for the log, such as {@code products export}
     * @return the body: the JSON lines of each non-empty chunk; a failure is logged once and cuts the body short
     */
    public <T> Multi<byte[]> ndjson(Multi<? extends List<T>> chunks, String what) {
        return logFailures(
                chunks.filter(chunk -> !chunk.isEmpty())
                        .onItem()
                        .transformToUniAndConcatenate(this::linesOffTheEventLoops),
                what);
    }

    /**
     * Items for a stream that Quarkus frames itself, such as server-sent events: failures logged once, here.
     *
     * @param <T> the item type
     * @param items the items, as the service reads them
     * @param what what is streamed, for the log
     * @return the same items; a failure is logged once at ERROR, naming {@code what}, and ends the stream
     */
    public <T> Multi<T> items(Multi<T> items, String what) {
        return logFailures(items, what);
    }

    /**
     * One chunk at a time, as the caller takes them in. The chunk is handed over once: Mutiny holds on to this
     * {@code Uni} until the next chunk comes, and a supplier that kept the chunk would keep its items alive all that
     * time (100 slow readers held 50,000 of them, and every young collection copied them).
     */
    private Uni<byte[]> linesOffTheEventLoops(List<?> chunk) {
        AtomicReference<List<?>> handedOver = new AtomicReference<>(chunk);
        return Uni.createFrom().item(() -> lines(handedOver.getAndSet(null))).runSubscriptionOn(workers);
    }

    private byte[] lines(List<?> chunk) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(chunk.size() * 256);
        try {
            for (int i = 0; i < chunk.size(); i++) {
                if (i > 0) {
                    lines.write(NEWLINE);
                }
                lines.writeBytes(json.writeValueAsBytes(chunk.get(i)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An item of a stream cannot be written as JSON", e);
        }
        return lines.toByteArray();
    }

    private static <T> Multi<T> logFailures(Multi<T> stream, String what) {
        return stream.onFailure()
                .invoke(failure -> LOG.errorf(failure, "The %s failed; the caller gets it cut short", what));
    }
}
