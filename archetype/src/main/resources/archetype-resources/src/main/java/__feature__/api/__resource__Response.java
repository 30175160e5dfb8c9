#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

import ${package}.${feature}.${resource}Status;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ${ALabel} as the API shows it. */
@Schema(name = "${resource}Response", description = "${ALabel} as stored.")
public record ${resource}Response(
        @Schema(description = "Identifier assigned by the service.", example = "1")
        long id,

        @Schema(description = "Unique business key.", example = "AB-1000")
        String code,

        @Schema(description = "Name people see.", example = "First ${label}")
        String name,

        @Schema(description = "Price with at most two decimals.", example = "249.90")
        BigDecimal price,

        @Schema(description = "Lifecycle status.", example = "ACTIVE")
        ${resource}Status status,

        @Schema(description = "When it was created.", example = "2026-01-15T09:30:00Z")
        Instant createdAt,

        @Schema(description = "When it last changed.", example = "2026-01-15T09:30:00Z")
        Instant updatedAt,

        @Schema(description = "Version of this state, also sent as the ETag header; send it back in If-Match.", example = "0")
        long version) {}
