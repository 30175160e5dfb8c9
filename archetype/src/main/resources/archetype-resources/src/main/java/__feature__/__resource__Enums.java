#parse( "/archetype-resources/names.vm" )
## One Java file per enum field: archetype-post-generate.groovy splits this file at the marker lines, one enum each,
## and removes it, as a template cannot make a number of files that depends on the fields.
#foreach( $field in $enumFields )
// uniform-archetype: ${field.javaType}.java
package ${package}.${feature};

/** The values the ${field.label} of ${aLabel} can take. */
public enum ${field.javaType} {
#foreach( $constant in $field.constants )
    ${constant}#if( $foreach.hasNext ),#end
#end
}
#end
