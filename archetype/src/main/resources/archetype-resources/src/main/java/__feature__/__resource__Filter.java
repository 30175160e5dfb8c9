#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import dev.uniform.problem.InvalidParameterException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which ${labels} a listing shows; every criterion is optional, and null means any.
 *
#foreach( $field in $fieldList )
#if( $field.kind == "text" )
 * @param ${field.name} only ${labels} whose ${field.label} contains this text, ignoring case
#elseif( $field.kind == "exact" )
 * @param ${field.name} only ${labels} ${field.exactFilter}
#else
 * @param min${field.Name} only ${labels} whose ${field.label} is at least this
 * @param max${field.Name} only ${labels} whose ${field.label} is at most this
#end
#end
 */
public record ${resource}Filter(
#foreach( $field in $fieldList )
#if( $field.kind == "text" || $field.kind == "exact" )
        ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {#end
#else
        ${field.javaType} min${field.Name},
        ${field.javaType} max${field.Name}#if( $foreach.hasNext ),#else) {#end
#end
#end


    public ${resource}Filter {
#foreach( $field in $fieldList )
#if( $field.kind == "text" )
        ${field.name} = ${field.name} == null || ${field.name}.isBlank() ? null : ${field.name}.strip();
#elseif( $field.kind != "exact" )
        requireOrdered("min${field.Name}", min${field.Name}, "max${field.Name}", max${field.Name});
#end
#end
    }

    /** Refuses a range whose lower bound is above its upper one: it would match nothing, surely by mistake. */
    private static <T extends Comparable<? super T>> void requireOrdered(String lowName, T low, String highName, T high) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new InvalidParameterException(lowName, "must not be greater than " + highName + " (" + high + ")");
        }
    }
}
