package dev.uniform.testing.architecture.orders.service;

import dev.uniform.testing.architecture.orders.rest.OrderResource;

/** Calls the layer above it, which ServiceArchitecture forbids. */
public class OrderService {

    public void create() {
        OrderResource.calledFromBelow();
    }
}
