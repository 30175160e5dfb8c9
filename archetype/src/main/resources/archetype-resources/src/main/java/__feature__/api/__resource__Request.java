#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole ${label} as a caller sends it: to create one, or to replace every field of one. */
@Schema(name = "${resource}Request", description = "${ALabel} to create, or every field of one to replace.")
public record ${resource}Request(
#set( $patch = false )
#foreach( $field in $fieldList )
#if( $foreach.index > 0 )

#end
#parse( "/archetype-resources/constraints.vm" )
        @Schema(description = "${field.description}", example = "${field.exampleText}")
        ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {}#end
#end
