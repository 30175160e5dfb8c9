package com.example.corporate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** A corporate service's endpoint, validated by Hibernate Validator and answered with uniform's problems. */
@Path("/greetings")
public class GreetingResource {

    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    public String greet(@RestPath @Size(max = 5) String name) {
        return "Hello " + name;
    }
}
