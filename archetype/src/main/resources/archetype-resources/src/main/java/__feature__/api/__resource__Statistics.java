#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

import ${package}.${feature}.${resource}Status;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Figures over all ${labels}, each read on its own database session at the same time. */
@Schema(name = "${resource}Statistics", description = "Counts and prices over all ${labels}.")
public record ${resource}Statistics(
        @Schema(description = "How many there are.", example = "13")
        long total,

        @Schema(description = "How many there are in each status, every status listed.", example = "{\"DRAFT\":2,\"ACTIVE\":10,\"ARCHIVED\":1}")
        Map<${resource}Status, Long> byStatus,

        @Schema(description = "The lowest price; null when there are none.", example = "4.00")
        BigDecimal lowestPrice,

        @Schema(description = "The highest price; null when there are none.", example = "249.90")
        BigDecimal highestPrice,

        @Schema(description = "The average price, to two decimals; null when there are none.", example = "52.35")
        BigDecimal averagePrice) {}
