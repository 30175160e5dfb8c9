#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.mapping;

import ${package}.${feature}.api.${resource}Patch;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.entity.${resource};
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Copies between API records and the entity, field by field, so that a new field cannot be forgotten quietly. */
public final class ${resource}Mapper {

    private ${resource}Mapper() {}

    public static ${resource} toEntity(${resource}Request request) {
        return replace(new ${resource}(), request);
    }

    public static ${resource} replace(${resource} entity, ${resource}Request request) {
#foreach( $field in $fieldList )
#if( $field.type == "BigDecimal" )
        entity.${field.name} = inCents(request.${field.name}());
#else
        entity.${field.name} = request.${field.name}();
#end
#end
        return entity;
    }

    /** Changes the fields the patch holds; a field it leaves null keeps its value. */
    public static void patch(${resource} entity, ${resource}Patch patch) {
#foreach( $field in $fieldList )
#if( $field.type == "BigDecimal" )
        Optional.ofNullable(patch.${field.name}()).ifPresent(${field.name} -> entity.${field.name} = inCents(${field.name}));
#else
        Optional.ofNullable(patch.${field.name}()).ifPresent(${field.name} -> entity.${field.name} = ${field.name});
#end
#end
    }

    public static ${resource}Response toResponse(${resource} entity) {
        return new ${resource}Response(
                entity.id,
#foreach( $field in $fieldList )
                entity.${field.name},
#end
                entity.createdAt,
                entity.updatedAt,
                entity.version);
    }
#if( $anyDecimal )

    /** Stored with two decimals; validation has made sure no digit is lost. */
    private static BigDecimal inCents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
#end
}
