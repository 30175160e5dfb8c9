package dev.uniform.internal.apikeys;

import dev.uniform.apikeys.ApiKeyCredentials;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The roles a key may hold: those the service's operations check ({@code @RolesAllowed}), read from its beans once,
 * so that a typo in a role is refused when the key is issued rather than found when the key is used. Never
 * {@link #ADMIN}: a leaked key must not be able to issue more keys.
 */
@Singleton
public class ApiKeyRoles {

    /** The role of whoever issues and revokes keys: held by tokens of the identity provider only. */
    public static final String ADMIN = ApiKeyCredentials.ADMIN_ROLE;

    /** {@code @RolesAllowed("**")}: any authenticated caller, not a role. */
    private static final String ANY_ROLE = "**";

    private final SortedSet<String> grantable;

    ApiKeyRoles(BeanManager beans) {
        this.grantable = checkedBy(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(Bean::getBeanClass)
                .distinct()
                .toList());
        grantable.remove(ADMIN);
    }

    /** The roles a key may be issued with, sorted. */
    SortedSet<String> grantable() {
        return grantable;
    }

    /** Those of {@code roles} that are not grantable, in the order given. */
    List<String> notGrantable(Collection<String> roles) {
        return roles.stream()
                .filter(role -> !grantable.contains(role))
                .distinct()
                .toList();
    }

    /** What a stored key may act as: its roles, never the admin's, whatever its row says. */
    static Set<String> grantable(Set<String> roles) {
        return roles.stream().filter(role -> !role.equals(ADMIN)).collect(Collectors.toUnmodifiableSet());
    }

    static SortedSet<String> checkedBy(Collection<Class<?>> classes) {
        SortedSet<String> roles = new TreeSet<>();
        for (Class<?> type : classes) {
            Stream.concat(Stream.of(type.getAnnotation(RolesAllowed.class)), methodAnnotations(type))
                    .filter(annotation -> annotation != null)
                    .flatMap(annotation -> Arrays.stream(annotation.value()))
                    .filter(role -> !role.equals(ANY_ROLE))
                    .forEach(roles::add);
        }
        return roles;
    }

    /** A class's methods' annotations, or none where one of their types cannot be loaded (an optional library). */
    private static Stream<RolesAllowed> methodAnnotations(Class<?> type) {
        try {
            return Arrays.stream(type.getDeclaredMethods())
                    .map((Method method) -> method.getAnnotation(RolesAllowed.class));
        } catch (LinkageError absent) {
            return Stream.empty();
        }
    }
}
