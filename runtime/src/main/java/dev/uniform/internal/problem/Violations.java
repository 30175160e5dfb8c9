package dev.uniform.internal.problem;

import dev.uniform.problem.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Turns Bean Validation paths into what the caller sent. A violation path starts with the validated method and its
 * parameter ({@code create.request.price}); the caller only knows {@code price}, or the query parameter's name.
 */
final class Violations {

    /** The field name of a request body that is missing or invalid as a whole. */
    static final String BODY = "body";

    private Violations() {}

    /** A return value that breaks its constraints is the server's bug, not the caller's. */
    static boolean concernReturnValue(Collection<ConstraintViolation<?>> violations) {
        return violations.stream()
                .anyMatch(violation -> kinds(violation.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
    }

    static List<FieldViolation> describe(Collection<ConstraintViolation<?>> violations, ResourceInfo resource) {
        return violations.stream()
                .map(violation -> new FieldViolation(fieldOf(violation, resource), violation.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .distinct()
                .toList();
    }

    static String fieldOf(ConstraintViolation<?> violation, ResourceInfo resource) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Class<?> beanParam = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
                case PARAMETER -> {
                    Path.ParameterNode parameterNode = (Path.ParameterNode) node;
                    parameter = parameterName(violation, parameterNode, resource);
                    beanParam = beanParamType(violation, parameterNode, resource);
                }
                default -> appendNode(field, node, field.isEmpty() ? beanParam : null);
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : BODY;
    }

    /** Appends one node; a field of a {@code @BeanParam} is named as the request names it. */
    private static void appendNode(StringBuilder field, Path.Node node, Class<?> beanParam) {
        if (node.isInIterable()) {
            field.append('[')
                    .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                    .append(']');
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(beanParam == null ? node.getName() : beanFieldName(beanParam, node.getName()));
        }
    }

    private static Class<?> beanParamType(
            ConstraintViolation<?> violation, Path.ParameterNode node, ResourceInfo resource) {
        return resourceMethod(violation, resource)
                .filter(method -> method.getParameters()[node.getParameterIndex()].isAnnotationPresent(BeanParam.class))
                .map(method -> method.getParameterTypes()[node.getParameterIndex()])
                .orElse(null);
    }

    private static String beanFieldName(Class<?> beanParam, String javaName) {
        for (Class<?> type = beanParam; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field candidate : type.getDeclaredFields()) {
                if (candidate.getName().equals(javaName)) {
                    return Arrays.stream(candidate.getAnnotations())
                            .map(Violations::httpName)
                            .flatMap(Optional::stream)
                            .filter(name -> !name.isEmpty())
                            .findFirst()
                            .orElse(javaName);
                }
            }
        }
        return javaName;
    }

    /** The HTTP name of a resource method parameter, "body" for the entity, the Java name for any other method. */
    private static String parameterName(
            ConstraintViolation<?> violation, Path.ParameterNode node, ResourceInfo resource) {
        Optional<Method> method = resourceMethod(violation, resource);
        if (method.isEmpty()) {
            return node.getName();
        }
        Annotation[] annotations = method.get().getParameterAnnotations()[node.getParameterIndex()];
        for (Annotation annotation : annotations) {
            Optional<String> name = httpName(annotation);
            if (name.isPresent()) {
                return name.get().isEmpty() ? node.getName() : name.get();
            }
        }
        return BODY;
    }

    private static Optional<Method> resourceMethod(ConstraintViolation<?> violation, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        Method method = resource.getResourceMethod();
        boolean sameMethod = violation.getRootBeanClass() != null
                && method.getDeclaringClass().isAssignableFrom(violation.getRootBeanClass())
                && kinds(violation.getPropertyPath()).contains(ElementKind.METHOD)
                && violation.getPropertyPath().iterator().next().getName().equals(method.getName());
        return sameMethod ? Optional.of(method) : Optional.empty();
    }

    private static Optional<String> httpName(Annotation annotation) {
        String name = null;
        if (annotation instanceof QueryParam query) {
            name = query.value();
        } else if (annotation instanceof RestQuery query) {
            name = query.value();
        } else if (annotation instanceof PathParam path) {
            name = path.value();
        } else if (annotation instanceof RestPath path) {
            name = path.value();
        } else if (annotation instanceof HeaderParam header) {
            name = header.value();
        } else if (annotation instanceof RestHeader header) {
            name = header.value();
        } else if (annotation instanceof CookieParam cookie) {
            name = cookie.value();
        } else if (annotation instanceof RestCookie cookie) {
            name = cookie.value();
        } else if (annotation instanceof FormParam form) {
            name = form.value();
        } else if (annotation instanceof RestForm form) {
            name = form.value();
        }
        return Optional.ofNullable(name);
    }

    private static List<ElementKind> kinds(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .map(Path.Node::getKind)
                .toList();
    }
}
