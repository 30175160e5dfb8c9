package dev.uniform.internal.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * What an API key looks like, after GitHub's token format: {@code uniform_<id>_<secret><checksum>}, all base62. The
 * prefix lets secret scanners recognise a leaked key; the id (12 characters, public) names the key in lists and
 * logs; the secret carries 256 random bits; the checksum (CRC32 of everything before it) lets a scanner, and this
 * service, tell a key from a look-alike without asking the database.
 */
final class ApiKeyFormat {

    static final String PREFIX = "uniform_";
    static final int ID_LENGTH = 12;
    /** 43 base62 digits hold 256.03 bits: every 32-byte secret fits. */
    static final int SECRET_LENGTH = 43;

    static final int CHECKSUM_LENGTH = 6;
    static final int LENGTH = PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH + CHECKSUM_LENGTH;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern SHAPE = Pattern.compile(
            PREFIX + "([0-9A-Za-z]{" + ID_LENGTH + "})_[0-9A-Za-z]{" + (SECRET_LENGTH + CHECKSUM_LENGTH) + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {}

    /** A new key, with a new id: shown once to whoever asked for it, never stored. */
    static String newKey() {
        String body = PREFIX + randomDigits(ID_LENGTH) + "_" + randomDigits(SECRET_LENGTH);
        return body + checksumOf(body);
    }

    /** The key's id, if the text has a key's shape and its checksum holds; empty for anything else. */
    static Optional<String> idOf(String presented) {
        if (presented == null || presented.length() != LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(presented);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int checksumStart = LENGTH - CHECKSUM_LENGTH;
        boolean intact = checksumOf(presented.substring(0, checksumStart)).equals(presented.substring(checksumStart));
        return intact ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** What the database holds instead of the key. */
    static byte[] hashOf(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static String checksumOf(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return base62(crc.getValue(), CHECKSUM_LENGTH);
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return digits.toString();
    }

    private static String base62(long value, int width) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % BASE62.length()));
            value /= BASE62.length();
        }
        return new String(digits);
    }
}
