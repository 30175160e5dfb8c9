package dev.uniform.testapp;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.Criteria;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import dev.uniform.persistence.ResourceStore;
import dev.uniform.persistence.ResourceStores;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The use cases of widgets, as a generated service's are: transactions here, the mechanics in the store. */
@ApplicationScoped
public class WidgetService {

    private final ResourceStore<Widget, WidgetResponse> widgets;

    public WidgetService(ResourceStores stores) {
        this.widgets = stores.of(Widget.class, WidgetResponse.class, WidgetResponse::of);
    }

    @WithTransaction
    public Uni<Idempotent<WidgetResponse>> create(WidgetRequest request, Optional<IdempotencyKey> key) {
        return widgets.create(key, request, () -> {
            Widget widget = new Widget();
            request.copyTo(widget);
            return widget;
        });
    }

    public Uni<WidgetResponse> get(long id) {
        return widgets.get(id);
    }

    @WithTransaction
    public Uni<WidgetResponse> replace(long id, IfMatch ifMatch, WidgetRequest request) {
        return widgets.change(id, ifMatch, request::copyTo);
    }

    @WithTransaction
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return widgets.delete(id, ifMatch);
    }

    @WithSession
    public Uni<CursorPage<WidgetResponse>> list(String code, WidgetColour colour, PageRequest request) {
        Criteria where = Criteria.where().contains("code", code).equalTo("colour", colour);
        return PanachePaging.fetch(Widget.class, where, request).map(page -> page.map(WidgetResponse::of));
    }

    public Multi<List<WidgetResponse>> export() {
        return widgets.export();
    }
}
