package dev.uniform.internal.paging;

import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageCursor;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says in a {@code Link} header (RFC 8288) where the pages beside a {@link CursorPage} are, as GitHub's API does: this
 * request's URL, its filters, sort and size kept, with the page's cursor instead of its index. A client that follows
 * links pages without reading the body.
 */
public class PageLinks {

    /** The header's name. */
    public static final String HEADER = "Link";

    @ServerResponseFilter
    public void linkPages(ContainerResponseContext response, UriInfo uri) {
        if (!(response.getEntity() instanceof CursorPage<?> page) || (page.next() == null && page.previous() == null)) {
            return;
        }
        List<String> links = new ArrayList<>();
        if (page.next() != null) {
            links.add(link(withoutPosition(uri).queryParam(PageCursor.PARAMETER, page.next()), "next"));
        }
        if (page.previous() != null) {
            links.add(link(withoutPosition(uri).queryParam(PageCursor.PARAMETER, page.previous()), "prev"));
        }
        links.add(link(withoutPosition(uri), "first"));
        response.getHeaders().putSingle(HEADER, String.join(", ", links));
    }

    private static UriBuilder withoutPosition(UriInfo uri) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam(PageCursor.PARAMETER);
    }

    private static String link(UriBuilder target, String relation) {
        return "<" + target.build() + ">; rel=\"" + relation + "\"";
    }
}
