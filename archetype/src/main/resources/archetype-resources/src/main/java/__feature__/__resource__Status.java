#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

/** Where ${aLabel} is in its life: new ones start as {@code DRAFT}; {@code ARCHIVED} ones are kept for the record. */
public enum ${resource}Status {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
