package dev.uniform.faults;

import java.net.URI;

/**
 * The service under test: its API, its management interface (health, metrics) and a bearer token that holds every role.
 */
record Target(URI api, URI management, String token) {

    URI api(String pathAndQuery) {
        return URI.create(api.toString() + pathAndQuery);
    }

    URI readiness() {
        return URI.create(management.toString() + "/q/health/ready");
    }
}
