package dev.uniform.internal.problem;

import dev.uniform.problem.FieldViolation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Finds the query parameter whose value could not be converted. JAX-RS answers such a failure with 404, as for a path
 * that does not exist; but a wrong {@code ?status=} is the caller's typo, worth a 400 that names it. This runs only
 * on that failure path, and converts the way JAX-RS and Quarkus do: {@code fromString}, {@code valueOf},
 * {@code parse} (java.time) or a String constructor.
 */
final class QueryParameters {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            short.class, Short.class,
            byte.class, Byte.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class,
            char.class, Character.class);

    private QueryParameters() {}

    /** The first query parameter of the matched method whose value does not convert to its declared type. */
    static Optional<FieldViolation> findUnconvertible(ResourceInfo resource, UriInfo uri) {
        if (resource == null || resource.getResourceMethod() == null || uri == null) {
            return Optional.empty();
        }
        for (Declared declared : declaredIn(resource.getResourceMethod())) {
            for (String value : uri.getQueryParameters().getOrDefault(declared.name(), List.of())) {
                if (!converts(value, declared.type())) {
                    return Optional.of(new FieldViolation(
                            declared.name(), "must be " + JsonProblems.expectedValue(declared.type())));
                }
            }
        }
        return Optional.empty();
    }

    private record Declared(String name, Class<?> type) {}

    private static List<Declared> declaredIn(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            queryName(parameter, parameter.getName())
                    .ifPresent(name -> declared.add(new Declared(name, valueType(parameter.getParameterizedType()))));
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    queryName(field, field.getName())
                            .ifPresent(name -> declared.add(new Declared(name, valueType(field.getGenericType()))));
                }
            }
        }
        return declared;
    }

    /** The type one value converts to: the element of {@code List<Status>}, {@code Set<..>} or {@code Optional<..>}. */
    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type instanceof Class<?> plain ? plain : String.class;
    }

    private static Optional<String> queryName(AnnotatedElement element, String javaName) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            return Optional.of(query.value());
        }
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            return Optional.of(restQuery.value().isEmpty() ? javaName : restQuery.value());
        }
        return Optional.empty();
    }

    private static boolean converts(String value, Class<?> declaredType) {
        Class<?> type = WRAPPERS.getOrDefault(declaredType, declaredType);
        if (type == String.class || type == Boolean.class) {
            return true;
        }
        if (type == Character.class) {
            return value.length() == 1;
        }
        // The order JAX-RS converts in: fromString comes first for enums, whose valueOf is always there.
        List<String> factories = type.isEnum() ? List.of("fromString", "valueOf") : List.of("valueOf", "fromString");
        try {
            for (String factory : factories) {
                Optional<Method> method = staticFactory(type, factory, String.class);
                if (method.isPresent()) {
                    method.get().invoke(null, value);
                    return true;
                }
            }
            Optional<Method> parse = staticFactory(type, "parse", CharSequence.class);
            if (parse.isPresent()) {
                parse.get().invoke(null, value);
                return true;
            }
            type.getConstructor(String.class).newInstance(value);
            return true;
        } catch (InvocationTargetException invalid) {
            return false;
        } catch (ReflectiveOperationException | RuntimeException cannotTell) {
            // Types this check does not understand are not blamed.
            return true;
        }
    }

    private static Optional<Method> staticFactory(Class<?> type, String name, Class<?> argument) {
        try {
            Method method = type.getMethod(name, argument);
            return Modifier.isStatic(method.getModifiers()) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException absent) {
            return Optional.empty();
        }
    }
}
