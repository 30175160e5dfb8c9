package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token logged in dev mode holds every role the service's operations check, and says how to use it. */
class DevTokenAtStartTests {

    @RolesAllowed("orders.read")
    static class Orders {

        @RolesAllowed({"orders.write", "orders.admin"})
        void create() {}

        @RolesAllowed("**")
        void mine() {}

        void list() {}
    }

    static class Customers {

        @RolesAllowed("customers.write")
        void create() {}
    }

    @Test
    void shouldCollectEveryRoleTheOperationsCheck() {
        assertThat(DevTokenAtStart.rolesChecked(List.of(Orders.class, Customers.class, String.class)))
                .containsExactly("customers.write", "orders.admin", "orders.read", "orders.write");
    }

    @Test
    void shouldSayWhatTheTokenHoldsAndWhereToPasteIt() {
        String token = DevTokens.issue("developer", Set.of("orders.write"));

        assertThat(DevTokenAtStart.announcement(token, Set.of("orders.write"), 8081))
                .contains("holding every role this service checks (orders.write), valid for 8 hours")
                .contains("\n\n" + token + "\n\n")
                .contains("http://localhost:8081/q/swagger-ui, Authorize, paste it");
        assertThat(DevTokenAtStart.announcement(token, Set.of(), 8080)).contains("checks (none)");
    }
}
