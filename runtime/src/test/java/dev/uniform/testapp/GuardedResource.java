package dev.uniform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An operation only callers with a role may perform. */
@Path("/guarded")
public class GuardedResource {

    public static final String ROLE = "gadgets.admin";

    @POST
    @RolesAllowed(ROLE)
    public String touch() {
        return "touched";
    }
}
