package dev.uniform.devauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The development key pair: made once per user and kept outside every project, so that no private key is ever
 * committed, and so that the running service and the token command, two separate processes, agree on it.
 */
public final class DevKeys {

    /** Overrides where the key pair is kept; tests point it at a temporary directory. */
    public static final String DIRECTORY_PROPERTY = "uniform.devauth.key-directory";

    static final String PRIVATE_KEY_FILE = "dev-private-key.pem";
    static final String PUBLIC_KEY_FILE = "dev-public-key.pem";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final int KEY_SIZE = 2048;

    private final Path directory;

    private DevKeys(Path directory) {
        this.directory = directory;
    }

    /**
     * The key pair of this user, made on first use.
     *
     * @return the pair in {@code ~/.uniform/dev-keys}, or where the system property {@value #DIRECTORY_PROPERTY} says
     */
    public static DevKeys ofThisUser() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path directory = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".uniform", "dev-keys");
        return in(directory);
    }

    /**
     * The key pair kept in the given directory, made there if it does not exist yet.
     *
     * @param directory where the two PEM files are kept; it and its parent need not exist yet
     * @return the pair kept there
     * @throws UncheckedIOException when a new pair cannot be written there
     */
    public static DevKeys in(Path directory) {
        DevKeys keys = new DevKeys(directory);
        if (!Files.isRegularFile(directory.resolve(PUBLIC_KEY_FILE))) {
            keys.create();
        }
        return keys;
    }

    /**
     * The public key as PEM text, as {@code mp.jwt.verify.publickey} takes it.
     *
     * @return the content of {@code dev-public-key.pem}, with its BEGIN and END lines
     * @throws UncheckedIOException when the file cannot be read
     */
    public String publicKeyPem() {
        return read(PUBLIC_KEY_FILE);
    }

    /**
     * The public key, which verifies development tokens, for code that takes a key rather than PEM text.
     *
     * @return the RSA public key
     * @throws IllegalStateException when the file is damaged; deleting {@link #directory()} makes a new pair
     * @throws UncheckedIOException when the file cannot be read
     */
    public PublicKey publicKey() {
        return decode(
                PUBLIC_KEY_FILE, PUBLIC_LABEL, bytes -> keyFactory().generatePublic(new X509EncodedKeySpec(bytes)));
    }

    /**
     * The private key, with which {@link DevTokens} signs development tokens.
     *
     * @return the RSA private key
     * @throws IllegalStateException when the file is damaged; deleting {@link #directory()} makes a new pair
     * @throws UncheckedIOException when the file cannot be read
     */
    public PrivateKey privateKey() {
        return decode(
                PRIVATE_KEY_FILE, PRIVATE_LABEL, bytes -> keyFactory().generatePrivate(new PKCS8EncodedKeySpec(bytes)));
    }

    /**
     * Where this pair is kept; delete the directory to have a new pair made on next use.
     *
     * @return the directory holding {@code dev-private-key.pem} and {@code dev-public-key.pem}
     */
    public Path directory() {
        return directory;
    }

    /**
     * Writes a new pair into a private temporary directory and moves it into place in one step: of two processes
     * starting at once, one pair wins and both use it.
     */
    private void create() {
        try {
            Files.createDirectories(directory.getParent());
            Path staging = Files.createTempDirectory(directory.getParent(), ".dev-keys-");
            KeyPair pair = generate();
            Files.writeString(
                    staging.resolve(PRIVATE_KEY_FILE),
                    pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()));
            Files.writeString(
                    staging.resolve(PUBLIC_KEY_FILE),
                    pem(PUBLIC_LABEL, pair.getPublic().getEncoded()));
            moveIntoPlace(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("uniform devauth cannot create a development key pair in " + directory, e);
        }
    }

    private void moveIntoPlace(Path staging) throws IOException {
        try {
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException lostTheRace) {
            try (var files = Files.list(staging)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(staging);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("uniform devauth cannot read " + directory.resolve(file), e);
        }
    }

    private <K> K decode(String file, String label, KeyDecoder<K> decoder) {
        String base64 = read(file)
                .replace("-----BEGIN " + label + "-----", "")
                .replace("-----END " + label + "-----", "")
                .replaceAll("\\s", "");
        try {
            return decoder.decode(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "uniform devauth cannot read the key in " + directory.resolve(file) + "; delete " + directory
                            + " to make a new pair",
                    e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }

    @FunctionalInterface
    private interface KeyDecoder<K> {
        K decode(byte[] der) throws GeneralSecurityException;
    }
}
