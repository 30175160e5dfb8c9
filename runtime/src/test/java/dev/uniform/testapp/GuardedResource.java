package dev.uniform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;

/** An operation only callers with a role may perform. */
@Path("/guarded")
public class GuardedResource {

    public static final String ROLE = "gadgets.admin";

    @POST
    @RolesAllowed(ROLE)
    @APIResponse(
            responseCode = "200",
            description = "Touched.",
            headers = @Header(name = "Location", description = "Where the touched thing is."))
    public String touch() {
        return "touched";
    }

    /** A change guarded by If-Match, as the documentation of preconditions needs one. */
    @PUT
    @RolesAllowed(ROLE)
    public String replace(@RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return "replaced";
    }
}
