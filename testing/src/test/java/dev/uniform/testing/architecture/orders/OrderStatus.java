package dev.uniform.testing.architecture.orders;

/** How an order stands. */
public enum OrderStatus {
    OPEN,
    PAID
}
