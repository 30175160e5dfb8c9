package dev.uniform.internal.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/** The resource methods of an application as its index holds them, and what each returns in its body. */
final class ResourceMethods {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName PRODUCES = DotName.createSimple("jakarta.ws.rs.Produces");
    private static final DotName VOID = DotName.createSimple(Void.class);
    private static final DotName MULTI = DotName.createSimple("io.smallrye.mutiny.Multi");
    private static final DotName SCHEMA =
            DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** What a resource method may wrap its body in: the body is the last type argument. */
    private static final Set<DotName> WRAPPERS = Set.of(
            DotName.createSimple("io.smallrye.mutiny.Uni"),
            DotName.createSimple("org.jboss.resteasy.reactive.RestResponse"),
            DotName.createSimple("java.util.concurrent.CompletionStage"));

    /** What {@link #representationsReturned} says of a method that answers without a body. */
    static final String NO_BODY = "";

    private ResourceMethods() {}

    /**
     * The schema of the representation each resource method returns, by {@code METHOD /path}, or {@link #NO_BODY} for
     * one that returns nothing; methods that return anything else are left out.
     */
    static Map<String, String> representationsReturned(IndexView index, Map<DotName, String> representations) {
        Map<String, String> found = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (MethodInfo method : resource.methods()) {
                String httpMethod = httpMethodOf(method);
                Type returned = bodyOf(method.returnType());
                String body =
                        returned.kind() == Type.Kind.VOID || returned.name().equals(VOID)
                                ? NO_BODY
                                : representations.get(returned.name());
                if (httpMethod != null && body != null) {
                    AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                    String full = join(
                            path.value().asString(),
                            methodPath == null ? "" : methodPath.value().asString());
                    found.put(httpMethod + " " + full, body);
                }
            }
        }
        return Map.copyOf(found);
    }

    /**
     * The media types each resource method produces, by {@code METHOD /path}, for the methods that declare them; the
     * methods of one path and HTTP method together, as they make one operation of the document.
     */
    static Map<String, Set<String>> mediaTypesProduced(IndexView index) {
        Map<String, Set<String>> found = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            for (MethodInfo method : path.target().asClass().methods()) {
                String httpMethod = httpMethodOf(method);
                AnnotationInstance produces = method.declaredAnnotation(PRODUCES);
                if (httpMethod != null && produces != null && produces.value() != null) {
                    AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                    String full = join(
                            path.value().asString(),
                            methodPath == null ? "" : methodPath.value().asString());
                    found.computeIfAbsent(httpMethod + " " + full, key -> new TreeSet<>())
                            .addAll(List.of(produces.value().asStringArray()));
                }
            }
        }
        return Map.copyOf(found);
    }

    /**
     * The schema of what each method that streams objects sends one at a time ({@code Multi<ProductResponse>}), by
     * {@code METHOD /path}: the element of the stream its operation documents.
     */
    static Map<String, String> streamElements(IndexView index) {
        Map<String, String> found = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            for (MethodInfo method : path.target().asClass().methods()) {
                String httpMethod = httpMethodOf(method);
                Type returned = method.returnType();
                if (httpMethod != null
                        && returned.kind() == Type.Kind.PARAMETERIZED_TYPE
                        && returned.name().equals(MULTI)
                        && returned.asParameterizedType().arguments().get(0).kind() == Type.Kind.CLASS) {
                    ClassInfo element = index.getClassByName(
                            returned.asParameterizedType().arguments().get(0).name());
                    AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                    String full = join(
                            path.value().asString(),
                            methodPath == null ? "" : methodPath.value().asString());
                    if (element != null) {
                        found.put(httpMethod + " " + full, schemaName(element));
                    }
                }
            }
        }
        return Map.copyOf(found);
    }

    /** The schema's name in the document: its {@code @Schema(name)}, else the class's simple name. */
    static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null ? type.simpleName() : name.asString();
    }

    /**
     * What is known of the method at {@code path}, where the document's path ends with the resource's own (an
     * application path such as {@code /api} may come first).
     */
    static <T> T find(Map<String, T> known, String httpMethod, String path) {
        T exact = known.get(httpMethod + " " + path);
        if (exact != null) {
            return exact;
        }
        return known.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(httpMethod + " ")
                        && path.endsWith(entry.getKey().substring(httpMethod.length() + 1)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String httpMethodOf(MethodInfo method) {
        for (AnnotationInstance annotation : method.declaredAnnotations()) {
            String simpleName = annotation.name().withoutPackagePrefix();
            if (annotation.name().packagePrefix().equals("jakarta.ws.rs") && HTTP_METHODS.contains(simpleName)) {
                return simpleName;
            }
        }
        return null;
    }

    /** {@code Uni<RestResponse<ProductResponse>>} as {@code ProductResponse}. */
    private static Type bodyOf(Type type) {
        Type body = type;
        while (body.kind() == Type.Kind.PARAMETERIZED_TYPE && WRAPPERS.contains(body.name())) {
            List<Type> arguments = body.asParameterizedType().arguments();
            body = arguments.get(arguments.size() - 1);
        }
        return body;
    }

    /** The class's and the method's paths as one, with a leading slash and none at the end. */
    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
