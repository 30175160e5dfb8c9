#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.mapping;

import ${package}.${feature}.${resource}Prices;
import ${package}.${feature}.${resource}Status;
import ${package}.${feature}.api.${resource}Patch;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.api.${resource}Statistics;
import ${package}.${feature}.entity.${resource};
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Copies between API records and the entity, field by field, so that a new field cannot be forgotten quietly. */
public final class ${resource}Mapper {

    private ${resource}Mapper() {}

    public static ${resource} toEntity(${resource}Request request) {
        ${resource} entity = new ${resource}();
        replace(entity, request);
        return entity;
    }

    public static void replace(${resource} entity, ${resource}Request request) {
        entity.code = request.code();
        entity.name = request.name();
        entity.price = inCents(request.price());
        entity.status = request.status();
    }

    public static void patch(${resource} entity, ${resource}Patch patch) {
        if (patch.code() != null) {
            entity.code = patch.code();
        }
        if (patch.name() != null) {
            entity.name = patch.name();
        }
        if (patch.price() != null) {
            entity.price = inCents(patch.price());
        }
        if (patch.status() != null) {
            entity.status = patch.status();
        }
    }

    /** Stored with two decimals; validation has made sure no digit is lost. */
    private static BigDecimal inCents(BigDecimal price) {
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static ${resource}Statistics toStatistics(Map<${resource}Status, Long> counts, ${resource}Prices prices) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ${resource}Statistics(total, counts, prices.lowest(), prices.highest(), prices.average());
    }

    public static ${resource}Response toResponse(${resource} entity) {
        return new ${resource}Response(
                entity.id,
                entity.code,
                entity.name,
                entity.price,
                entity.status,
                entity.createdAt,
                entity.updatedAt,
                entity.version);
    }
}
