#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

/**
 * The roles a caller's token must carry (in its {@code groups} claim) to change ${labels}. Reading needs none, unless
 * the service is configured to require a token for reads too.
 */
public final class ${resource}Roles {

    /** Create, replace and change ${labels}. */
    public static final String WRITE = "${resourcePath}.write";

    /** Delete ${labels}. */
    public static final String DELETE = "${resourcePath}.delete";

    private ${resource}Roles() {}
}
