#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

import dev.uniform.paging.SortField;

/** The fields a listing of ${labels} can be sorted by: {@code ?sort=-createdAt}. Anything else is a 400. */
public enum ${resource}Sort implements SortField {
#foreach( $field in $sortableFields )
    ${field.CONSTANT},
#end
    CREATED_AT,
    UPDATED_AT;

    /** The order of a listing when the caller gives none. */
    public static final String DEFAULT = "${defaultSort}";
}
