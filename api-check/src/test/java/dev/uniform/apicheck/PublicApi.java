package dev.uniform.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;

/**
 * The public API of one library as lines of text: each public type outside {@code dev.uniform.internal}, then its
 * public members (and protected ones, where the type can be extended), sorted, so that declaring them in another order
 * changes nothing. Read from the class files with Jandex, never loaded: the library's own dependencies need not be on
 * the class path. The same idea as Kotlin's binary-compatibility-validator dumps.
 */
final class PublicApi {

    private static final String API_ROOT = "dev/uniform/";
    private static final String INTERNAL = "dev/uniform/internal/";
    private static final int ACC_BRIDGE = 0x0040;
    private static final int ACC_VARARGS = 0x0080;
    private static final int ACC_SYNTHETIC = 0x1000;

    private PublicApi() {}

    /** The API of the classes under {@code location}: a jar, or a directory of class files. */
    static List<String> of(Path location) throws IOException {
        Index index = Files.isDirectory(location) ? indexOf(location) : indexOfJar(location);
        List<String> lines = new ArrayList<>();
        index.getKnownClasses().stream()
                .filter(type -> isApi(type, index))
                .sorted(Comparator.comparing(type -> type.name().toString()))
                .forEach(type -> {
                    if (!lines.isEmpty()) {
                        lines.add("");
                    }
                    lines.add(header(type));
                    lines.addAll(members(type));
                });
        return lines;
    }

    private static Index indexOfJar(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            return indexOf(zip.getPath("/"));
        }
    }

    private static Index indexOf(Path root) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(file -> isApiClassFile(root.relativize(file))).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }

    /** Whether a class file, named relative to the class path root, belongs to the API. */
    private static boolean isApiClassFile(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return name.endsWith(".class")
                && name.startsWith(API_ROOT)
                && !name.startsWith(INTERNAL)
                && !name.endsWith("package-info.class")
                && !name.endsWith("module-info.class");
    }

    private static boolean isApi(ClassInfo type, Index index) {
        if (!Modifier.isPublic(type.flags())
                || type.nestingType() == ClassInfo.NestingType.ANONYMOUS
                || type.nestingType() == ClassInfo.NestingType.LOCAL) {
            return false;
        }
        ClassInfo enclosing = type.enclosingClass() == null ? null : index.getClassByName(type.enclosingClass());
        return enclosing == null || isApi(enclosing, index);
    }

    private static String header(ClassInfo type) {
        StringBuilder line = new StringBuilder(kind(type)).append(' ').append(type.name());
        line.append(typeParameters(type.typeParameters()));
        Type superType = type.superClassType();
        if (superType != null && !isImplicitSuperType(superType)) {
            line.append(" extends ").append(render(superType));
        }
        List<String> interfaces = type.interfaceTypes().stream()
                .map(PublicApi::render)
                .filter(name -> !name.equals("java.lang.annotation.Annotation"))
                .sorted()
                .toList();
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        return line.toString();
    }

    private static String kind(ClassInfo type) {
        if (type.isAnnotation()) {
            return "public @interface";
        }
        if (type.isInterface()) {
            return "public interface";
        }
        if (type.isEnum()) {
            return "public enum";
        }
        if (type.isRecord()) {
            return "public record";
        }
        String modifiers = Modifier.toString(type.flags() & (Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.FINAL));
        return modifiers + " class";
    }

    private static boolean isImplicitSuperType(Type superType) {
        String name = superType.name().toString();
        return name.equals("java.lang.Object") || name.equals("java.lang.Record") || name.equals("java.lang.Enum");
    }

    private static List<String> members(ClassInfo type) {
        boolean extensible = !Modifier.isFinal(type.flags()) && !type.isEnum() && !type.isRecord();
        Function<Integer, Boolean> visible =
                flags -> Modifier.isPublic(flags) || (extensible && Modifier.isProtected(flags));
        Stream<String> fields = type.fields().stream()
                .filter(field -> visible.apply((int) field.flags()) && (field.flags() & ACC_SYNTHETIC) == 0)
                .map(PublicApi::field);
        Stream<String> methods = type.methods().stream()
                .filter(method -> visible.apply((int) method.flags())
                        && (method.flags() & (ACC_SYNTHETIC | ACC_BRIDGE)) == 0
                        && !method.isStaticInitializer())
                .map(PublicApi::method);
        return Stream.concat(fields, methods).map(line -> "  " + line).sorted().toList();
    }

    private static String field(FieldInfo field) {
        return modifiers(field.flags(), Modifier.fieldModifiers()) + render(field.type()) + " " + field.name();
    }

    private static String method(MethodInfo method) {
        int allowed = Modifier.methodModifiers() & ~Modifier.SYNCHRONIZED & ~Modifier.NATIVE & ~Modifier.STRICT;
        StringBuilder line = new StringBuilder(modifiers(method.flags(), allowed));
        String typeParameters = typeParameters(method.typeParameters());
        if (!typeParameters.isEmpty()) {
            line.append(typeParameters).append(' ');
        }
        if (!method.isConstructor()) {
            line.append(render(method.returnType())).append(' ');
        }
        List<String> parameters = new ArrayList<>(
                method.parameterTypes().stream().map(PublicApi::render).toList());
        if ((method.flags() & ACC_VARARGS) != 0 && !parameters.isEmpty()) {
            int last = parameters.size() - 1;
            String array = parameters.get(last);
            parameters.set(last, array.substring(0, array.length() - 2) + "...");
        }
        line.append(method.name())
                .append('(')
                .append(String.join(", ", parameters))
                .append(')');
        if (!method.exceptions().isEmpty()) {
            line.append(" throws ")
                    .append(method.exceptions().stream().map(PublicApi::render).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String modifiers(int flags, int allowed) {
        String modifiers = Modifier.toString(flags & allowed);
        return modifiers.isEmpty() ? "" : modifiers + " ";
    }

    private static String typeParameters(List<TypeVariable> variables) {
        if (variables.isEmpty()) {
            return "";
        }
        return variables.stream().map(PublicApi::declaration).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String declaration(TypeVariable variable) {
        List<String> bounds = variable.bounds().stream()
                .map(PublicApi::render)
                .filter(bound -> !bound.equals("java.lang.Object"))
                .toList();
        return bounds.isEmpty()
                ? variable.identifier()
                : variable.identifier() + " extends " + String.join(" & ", bounds);
    }

    /** A type as source would write it, fully qualified, without the type annotations Jandex would print. */
    private static String render(Type type) {
        return switch (type.kind()) {
            case ARRAY ->
                render(type.asArrayType().elementType())
                        + "[]".repeat(type.asArrayType().deepDimensions());
            case PARAMETERIZED_TYPE ->
                type.name()
                        + type.asParameterizedType().arguments().stream()
                                .map(PublicApi::render)
                                .collect(Collectors.joining(", ", "<", ">"));
            case TYPE_VARIABLE -> type.asTypeVariable().identifier();
            case TYPE_VARIABLE_REFERENCE -> type.asTypeVariableReference().identifier();
            case UNRESOLVED_TYPE_VARIABLE -> type.asUnresolvedTypeVariable().identifier();
            case WILDCARD_TYPE -> wildcard(type);
            default -> type.name().toString();
        };
    }

    private static String wildcard(Type type) {
        Type superBound = type.asWildcardType().superBound();
        if (superBound != null) {
            return "? super " + render(superBound);
        }
        String extendsBound = render(type.asWildcardType().extendsBound());
        return extendsBound.equals("java.lang.Object") ? "?" : "? extends " + extendsBound;
    }
}
