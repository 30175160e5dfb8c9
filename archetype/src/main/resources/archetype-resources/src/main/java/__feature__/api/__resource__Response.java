#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ${ALabel} as the API shows it. */
@Schema(name = "${resource}Response", description = "${ALabel} as stored.")
public record ${resource}Response(
        @Schema(description = "Identifier assigned by the service.", example = "1")
        long id,
#foreach( $field in $fieldList )

#if( $field.required )
        @Schema(description = "${field.description}", example = "${field.exampleText}")
#else
        @Schema(description = "${field.description} Null when not set.", example = "${field.exampleText}", nullable = true)
#end
        ${field.javaType} ${field.name},
#end

        @Schema(description = "When it was created.", example = "2026-01-15T09:30:00Z")
        Instant createdAt,

        @Schema(description = "When it last changed.", example = "2026-01-15T09:30:00Z")
        Instant updatedAt,

        @Schema(description = "Version of this state, also sent as the ETag header; send it back in If-Match.", example = "0")
        long version) {}
