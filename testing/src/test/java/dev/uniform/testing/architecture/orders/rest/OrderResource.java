package dev.uniform.testing.architecture.orders.rest;

import dev.uniform.testing.architecture.orders.service.OrderService;
import jakarta.ws.rs.POST;

/** Breaks two rules on purpose, for ServiceArchitectureTests: a change with no role, called by the layer below. */
public class OrderResource {

    @POST
    public void create() {
        new OrderService().create();
    }

    public static void calledFromBelow() {}
}
