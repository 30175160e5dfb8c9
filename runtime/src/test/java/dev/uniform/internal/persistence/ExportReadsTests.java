package dev.uniform.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The turns of exports' chunk reads: how many run at once, who goes next, and what a cancelled chunk gives back. */
class ExportReadsTests {

    private final ExportReads reads = new ExportReads(2);
    private final List<String> started = new ArrayList<>();
    private final List<UniEmitter<? super String>> running = new ArrayList<>();

    @Test
    void shouldReadAtMostTheConfiguredChunksAtOnceAndTheOthersInTheOrderTheyAsked() {
        List<UniAssertSubscriber<String>> chunks = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            chunks.add(reads.inTurn(() -> read(name)).subscribe().withSubscriber(UniAssertSubscriber.create()));
        }

        assertThat(started).containsExactly("a", "b");

        running.get(0).complete("chunk a");
        assertThat(started).containsExactly("a", "b", "c");
        chunks.get(0).assertItem("chunk a");

        running.get(1).fail(new IllegalStateException("database gone"));
        assertThat(started).as("a failed read gives its turn back").containsExactly("a", "b", "c", "d");
        chunks.get(1).assertFailedWith(IllegalStateException.class, "database gone");
    }

    @Test
    void shouldGiveUpTheTurnOrThePlaceOfAChunkWhoseCallerLeft() {
        UniAssertSubscriber<String> first =
                reads.inTurn(() -> read("a")).subscribe().withSubscriber(UniAssertSubscriber.create());
        reads.inTurn(() -> read("b")).subscribe().withSubscriber(UniAssertSubscriber.create());
        UniAssertSubscriber<String> waiting =
                reads.inTurn(() -> read("c")).subscribe().withSubscriber(UniAssertSubscriber.create());
        reads.inTurn(() -> read("d")).subscribe().withSubscriber(UniAssertSubscriber.create());

        waiting.cancel();
        first.cancel();

        assertThat(started).as("c left the queue; a's turn went to d").containsExactly("a", "b", "d");
        reads.inTurn(() -> read("e")).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(started).as("two reading: b and d").containsExactly("a", "b", "d");
    }

    private Uni<String> read(String name) {
        return Uni.createFrom().emitter(emitter -> {
            started.add(name);
            running.add(emitter);
        });
    }
}
