package dev.uniform.devdb;

import java.util.function.Supplier;

/**
 * State shared by every class loader of one JVM. Quarkus builds its configuration in several class loaders (the
 * augmentation, the runtime, each dev-mode reload), and each loads this library afresh; static fields would start
 * one server per loader. System properties and an interned string are the only state all of them see.
 */
final class JvmWide {

    private static final String LOCK = "dev.uniform.devdb.JvmWide";

    private JvmWide() {}

    /** Returns the value of {@code property}, computing and publishing it under a JVM-wide lock if absent. */
    static String computeIfAbsent(String property, Supplier<String> computation) {
        synchronized (LOCK) {
            String existing = System.getProperty(property);
            if (existing != null) {
                return existing;
            }
            String computed = computation.get();
            System.setProperty(property, computed);
            return computed;
        }
    }
}
