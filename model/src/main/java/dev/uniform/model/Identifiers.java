package dev.uniform.model;

import java.util.Set;

/** Words a generated name must not be, because Java or PostgreSQL reserves them. */
public final class Identifiers {

    /** Java's keywords and literals, and {@code _}. */
    public static final Set<String> JAVA_KEYWORDS = Set.of(
            ("abstract assert boolean break byte case catch char class const continue default do double else enum"
                            + " extends final finally float for goto if implements import instanceof int interface"
                            + " long native new package private protected public return short static strictfp super"
                            + " switch synchronized this throw throws transient try void volatile while true false"
                            + " null _")
                    .split(" "));

    /** PostgreSQL's reserved key words: as column names they would need quoting in every statement. */
    public static final Set<String> SQL_RESERVED = Set.of(
            ("all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate"
                            + " collation column concurrently constraint create cross current_catalog current_date"
                            + " current_role current_schema current_time current_timestamp current_user default"
                            + " deferrable desc distinct do else end except false fetch for foreign freeze from full"
                            + " grant group having ilike in initially inner intersect into is isnull join lateral"
                            + " leading left like limit localtime localtimestamp natural not notnull null offset on"
                            + " only or order outer overlaps placing primary references returning right select"
                            + " session_user similar some symmetric system_user table tablesample then to trailing"
                            + " true union unique user using value values variadic verbose when where window with")
                    .split(" "));

    private Identifiers() {}

    /**
     * Whether a name can be a Java package of a service.
     *
     * @param name such as {@code com.example.orders}
     * @return true for dot-separated identifiers, none of them a keyword, outside {@code java.}
     */
    public static boolean isJavaPackage(String name) {
        return name != null
                && name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")
                && Set.of(name.split("\\.")).stream().noneMatch(JAVA_KEYWORDS::contains)
                && !name.startsWith("java.");
    }
}
