package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key pair is made once, kept, and its halves belong together. */
class DevKeysTests {

    @TempDir
    Path home;

    @Test
    void shouldCreateThePairOnFirstUseAndKeepIt() throws Exception {
        Path directory = home.resolve("dev-keys");

        String first = DevKeys.in(directory).publicKeyPem();
        String second = DevKeys.in(directory).publicKeyPem();

        assertThat(first).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(directory.resolve(DevKeys.PRIVATE_KEY_FILE)))
                .startsWith("-----BEGIN PRIVATE KEY-----\n");
        try (var leftovers = Files.list(home)) {
            assertThat(leftovers).containsExactly(directory);
        }
    }

    @Test
    void shouldPairThePrivateKeyWithThePublicKey() throws Exception {
        DevKeys keys = DevKeys.in(home.resolve("dev-keys"));
        byte[] message = "uniform".getBytes(StandardCharsets.UTF_8);

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.privateKey());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.publicKey());
        verifier.update(message);

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void shouldGiveDistinctPairsToDistinctDirectories() {
        assertThat(DevKeys.in(home.resolve("a")).publicKeyPem())
                .isNotEqualTo(DevKeys.in(home.resolve("b")).publicKeyPem());
    }

    @Test
    void shouldSayHowToRecoverFromADamagedKey() throws Exception {
        Path directory = home.resolve("dev-keys");
        DevKeys keys = DevKeys.in(directory);
        Files.writeString(directory.resolve(DevKeys.PRIVATE_KEY_FILE), "-----BEGIN PRIVATE KEY-----\nAAAA\n");

        assertThatThrownBy(keys::privateKey)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delete " + directory);
    }
}
