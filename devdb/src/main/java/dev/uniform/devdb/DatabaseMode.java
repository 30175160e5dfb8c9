package dev.uniform.devdb;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which database a service gets in dev mode and tests, chosen with {@code uniform.devdb.mode}. */
public enum DatabaseMode {
    /** Dev Services where a container runtime answers, the embedded server everywhere else. */
    AUTO,
    /** Always the embedded server, even where a container runtime exists. */
    EMBEDDED,
    /** Always Quarkus Dev Services; fails as Quarkus does when no container runtime exists. */
    DEV_SERVICES;

    /** The property that forces a mode. */
    public static final String PROPERTY = "uniform.devdb.mode";

    /**
     * Parses the kebab-case value of {@link #PROPERTY}; absent means {@link #AUTO}.
     *
     * @param value the property's value, in any case and with spaces around it allowed; null or blank when unset
     * @return the mode the value names
     * @throws IllegalArgumentException when it names none, listing the values allowed
     */
    public static DatabaseMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        for (DatabaseMode mode : values()) {
            if (mode.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException(PROPERTY + " must be one of " + allowedValues() + ", not '" + value + "'");
    }

    /**
     * The value as written in configuration, for example {@code dev-services}.
     *
     * @return the constant's name in lower case, with dashes for underscores: what {@link #parse} reads back
     */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String allowedValues() {
        return Arrays.stream(values()).map(DatabaseMode::configValue).collect(Collectors.joining(", "));
    }
}
