package dev.uniform.internal.apikeys;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** What a replica knows of a key it has checked: enough to decide on each use, without the key. */
record StoredKey(String id, byte[] hash, Set<String> roles, Optional<OffsetDateTime> expiresAt, boolean revoked) {

    boolean expiredAt(OffsetDateTime now) {
        return expiresAt.filter(expiry -> !expiry.isAfter(now)).isPresent();
    }
}
