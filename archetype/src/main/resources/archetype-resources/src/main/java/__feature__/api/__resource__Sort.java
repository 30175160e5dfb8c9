#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

import dev.uniform.paging.SortField;

/**
 * The fields a listing of ${labels} can be sorted by: {@code ?sort=-createdAt}; anything else is a 400. The first is
 * the order when the caller gives none.
 */
public enum ${resource}Sort implements SortField {
#foreach( $field in $sortOrder )
    ${field}#if( $foreach.hasNext ),#end

#end
}
