package dev.uniform.faults;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The service under test: its API, its management interface (health, metrics), a bearer token that holds every role
 * and, for a service that takes them, an API key with the same roles (empty for none).
 */
record Target(URI api, URI management, String token, String apiKey) {

    /**
     * The credential of one request: the token, or, where the service takes keys, the key for every other request
     * at random, so that each scenario's load checks both ways in, the key's database lookup included.
     */
    Map<String, String> credential() {
        return !apiKey.isEmpty() && ThreadLocalRandom.current().nextBoolean()
                ? Map.of("X-API-Key", apiKey)
                : Map.of("Authorization", "Bearer " + token);
    }

    URI api(String pathAndQuery) {
        return URI.create(api.toString() + pathAndQuery);
    }

    URI readiness() {
        return URI.create(management.toString() + "/q/health/ready");
    }
}
