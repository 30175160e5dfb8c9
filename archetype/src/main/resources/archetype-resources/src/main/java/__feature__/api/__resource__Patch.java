#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import dev.uniform.validation.Patterns;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of ${aLabel} to change; a field that is absent or null keeps its value. To empty an optional field,
 * replace the whole ${label} (PUT).
 */
@Schema(name = "${resource}Patch", description = "Fields to change; absent or null fields keep their value.")
public record ${resource}Patch(
#set( $patch = true )
#foreach( $field in $fieldList )
#if( $foreach.index > 0 )

#end
#parse( "/archetype-resources/constraints.vm" )
        @Schema(description = "New ${field.label}.", example = "${field.exampleText}")
        ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {}#end
#end
