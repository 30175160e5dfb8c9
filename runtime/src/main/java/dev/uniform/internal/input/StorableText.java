package dev.uniform.internal.input;

/**
 * Text that PostgreSQL stores as it was sent. Its {@code text} and {@code varchar} types refuse the NUL character
 * (SQLSTATE 22021), and a UTF-16 surrogate without its pair has no UTF-8 form, so the driver would store {@code ?}
 * in its place. Request bodies and query strings are held to this before anything reads them.
 */
public final class StorableText {

    /** What a valid value looks like, as a problem names it. */
    public static final String RULE = "must not contain the NUL character (U+0000) or an unpaired UTF-16 surrogate";

    private StorableText() {}

    /** Whether {@code text} would be stored exactly as it is. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
