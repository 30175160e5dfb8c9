package dev.uniform.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannedChangesTests {

    @TempDir
    Path service;

    @Test
    void shouldWriteEverythingPlanned() throws IOException {
        Files.writeString(service.resolve("README.md"), "ours\n");
        PlannedChanges changes = new PlannedChanges(service);
        changes.update(service.resolve("README.md"), "ours\nand more\n");
        changes.create(service.resolve("src/a/B.java"), "class B {}");

        changes.apply();

        assertThat(service.resolve("README.md")).hasContent("ours\nand more");
        assertThat(service.resolve("src/a/B.java")).hasContent("class B {}");
        assertThat(changes.createdFiles()).containsExactly("src/a/B.java");
        assertThat(changes.updatedFiles()).containsExactly("README.md");
    }

    @Test
    void shouldLeaveTheServiceAsItWasWhenAWriteFails() throws IOException {
        Files.writeString(service.resolve("README.md"), "ours\n");
        Files.writeString(service.resolve("blocker"), "a file where a directory would go");
        PlannedChanges changes = new PlannedChanges(service);
        changes.update(service.resolve("README.md"), "changed\n");
        changes.create(service.resolve("src/main/New.java"), "class New {}");
        changes.create(service.resolve("blocker/Late.java"), "class Late {}");

        assertThatThrownBy(changes::apply).isInstanceOf(IOException.class);

        assertThat(service.resolve("README.md")).hasContent("ours");
        assertThat(service.resolve("src")).doesNotExist();
        assertThat(service.resolve("blocker")).hasContent("a file where a directory would go");
    }

    @Test
    void shouldNameTheFilesThatExistAlready() throws IOException {
        Files.createDirectories(service.resolve("src"));
        Files.writeString(service.resolve("src/Taken.java"), "class Taken {}");
        PlannedChanges changes = new PlannedChanges(service);
        changes.create(service.resolve("src/Taken.java"), "class Taken { int x; }");
        changes.create(service.resolve("src/Free.java"), "class Free {}");

        assertThat(changes.existing()).containsExactly("src/Taken.java");
    }
}
