package dev.uniform.internal.apikeys.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** Operations guarded by roles, as a service's are; each answers with who called. */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingResource {

    public static final String WRITE = "things.write";
    public static final String DELETE = "things.delete";

    @GET
    public Map<String, String> read(@Context SecurityContext caller) {
        return Map.of(
                "caller",
                caller.getUserPrincipal() == null
                        ? "anonymous"
                        : caller.getUserPrincipal().getName());
    }

    @POST
    @RolesAllowed(WRITE)
    public Map<String, String> write(@Context SecurityContext caller) {
        return Map.of("caller", caller.getUserPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(DELETE)
    public Map<String, String> remove(@Context SecurityContext caller) {
        return Map.of("caller", caller.getUserPrincipal().getName());
    }
}
