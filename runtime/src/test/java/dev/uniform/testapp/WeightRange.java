package dev.uniform.testapp;

import jakarta.validation.constraints.Max;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;

/** Query parameters whose HTTP names differ from their Java names. */
public class WeightRange {

    @QueryParam("min-weight")
    @Max(10)
    Integer minWeight;

    @RestQuery("max-weight")
    @Max(100)
    Integer maxWeight;
}
