package dev.uniform.sample.product;

/**
 * The roles a caller's token must carry (in its {@code groups} claim) to change products. Reading needs none, unless
 * the service is configured to require a token for reads too.
 */
public final class ProductRoles {

    /** Create, replace and change products. */
    public static final String WRITE = "products.write";

    /** Delete products. */
    public static final String DELETE = "products.delete";

    private ProductRoles() {}
}
