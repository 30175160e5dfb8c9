#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import dev.uniform.resource.Representation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ${ALabel} as the API shows it. uniform-runtime sends its version as ETag, and documents each field as ${resource}Request
 * does, with the id, version and timestamps every resource has.
 */
@Schema(name = "${resource}Response", description = "${ALabel} as stored.")
public record ${resource}Response(
        long id,
#foreach( $field in $fieldList )
        ${field.javaType} ${field.name},
#end
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Representation {}
