package dev.uniform.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.uniform.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * A position in a sorted listing: the sort it was made for and the sort keys of one row, its identifier last. Callers
 * see it only as the opaque text of a page's {@code next} or {@code previous} and send it back as {@code ?cursor=};
 * the text is base64url of a small JSON object, so that its shape can change without callers noticing. It is not
 * signed: a hand-made cursor can only name a position, its values become typed query parameters, and one that does not
 * read as a position of this listing is a 400 naming {@code cursor}.
 */
public final class PageCursor {

    /** The query parameter that carries a cursor. */
    public static final String PARAMETER = "cursor";

    /** Bumped when the encoded shape changes; a cursor of another format is refused as stale. */
    private static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String FORGED =
            "is not a cursor of this listing; send back a page's next or previous unchanged, or start from the first"
                    + " page";
    private static final String STALE =
            "was made by an earlier version of this service; start again from the first page";

    private final boolean after;
    private final List<SortOrder> sort;
    private final List<String> keys;

    PageCursor(boolean after, List<SortOrder> sort, List<String> keys) {
        this.after = after;
        this.sort = List.copyOf(sort);
        this.keys = Collections.unmodifiableList(new ArrayList<>(keys));
    }

    /**
     * Whether the cursor asks for the rows after its position (a {@code next}) or before it (a {@code previous}).
     *
     * @return true for the rows after the position
     */
    public boolean after() {
        return after;
    }

    /**
     * The orders the position was taken in, without the identifier that breaks ties.
     *
     * @return the sort the cursor was made for
     */
    public List<SortOrder> sort() {
        return sort;
    }

    /**
     * The row's sort keys as text, one per order of {@link #sort}, then its identifier.
     *
     * @return the keys; an entry is null where the row's value was
     */
    public List<String> keys() {
        return keys;
    }

    /** The same position, read the other way: where a page read before it ends, the next page starts. */
    PageCursor reversed() {
        return new PageCursor(!after, sort, keys);
    }

    /**
     * The text a caller sends back.
     *
     * @return base64url without padding, safe in a query string as it is
     */
    public String encode() {
        List<String> orders = sort.stream()
                .map(order -> (order.ascending() ? "" : "-") + order.property())
                .toList();
        Encoded encoded = new Encoded(FORMAT, after ? "a" : "b", orders, keys);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(encoded));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a cursor of strings could not be written", impossible);
        }
    }

    /**
     * Reads a cursor a caller sent.
     *
     * @param text what {@link #encode} wrote, or anything else
     * @return the position
     * @throws InvalidParameterException naming {@code cursor} when the text is not one this version wrote
     */
    static PageCursor decode(String text) {
        Encoded encoded;
        try {
            encoded = JSON.readValue(Base64.getUrlDecoder().decode(text.strip()), Encoded.class);
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            throw new InvalidParameterException(PARAMETER, FORGED);
        }
        if (encoded == null) {
            throw new InvalidParameterException(PARAMETER, FORGED);
        }
        if (encoded.v() != FORMAT && encoded.v() > 0) {
            throw new InvalidParameterException(PARAMETER, STALE);
        }
        if (encoded.v() != FORMAT
                || !("a".equals(encoded.d()) || "b".equals(encoded.d()))
                || encoded.s() == null
                || encoded.k() == null
                || encoded.k().size() != encoded.s().size() + 1
                || encoded.k().get(encoded.k().size() - 1) == null) {
            throw new InvalidParameterException(PARAMETER, FORGED);
        }
        List<SortOrder> orders = new ArrayList<>();
        for (String order : encoded.s()) {
            if (order == null || order.isEmpty() || order.equals("-")) {
                throw new InvalidParameterException(PARAMETER, FORGED);
            }
            boolean descending = order.startsWith("-");
            orders.add(new SortOrder(descending ? order.substring(1) : order, !descending));
        }
        return new PageCursor("a".equals(encoded.d()), orders, encoded.k());
    }

    static String forged() {
        return FORGED;
    }

    static String stale() {
        return STALE;
    }

    @Override
    public String toString() {
        return encode();
    }

    /** The encoded shape: format, direction, orders and keys, short names because it travels in every link. */
    record Encoded(int v, String d, List<String> s, List<String> k) {}
}
