#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which ${labels} a listing shows: the query parameters of {@code GET /${resourcePath}}, each optional; none means any. */
public record ${resource}Filter(
#foreach( $field in $fieldList )
#if( $foreach.index > 0 )

#end
#if( $field.kind == "text" )
        @RestQuery
        @Size(max = 100)
        @Parameter(description = "Only ${labels} whose ${field.label} contains this text, ignoring case.", example = "${field.exampleText}")
        ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {}#end
#elseif( $field.kind == "exact" )
        @RestQuery @Parameter(description = "Only ${labels} ${field.exactFilter}.", example = "${field.exampleText}")
        ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {}#end
#else
#set( $moreFields = $foreach.hasNext )
#foreach( $bound in ["min", "max"] )
#if( $bound == "min" )#set( $relation = "at least" )#else#set( $relation = "at most" )#end
        @RestQuery
#if( $field.type == "BigDecimal" )
        @DecimalMin("-9999999999.99")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
#end
        @Parameter(description = "Only ${labels} whose ${field.label} is ${relation} this.", example = "${field.exampleText}")
        ${field.javaType} ${bound}${field.Name}#if( $bound == "min" || $moreFields ),#else) {}#end
#if( $bound == "min" )

#end
#end
#end
#end
