package dev.uniform.testapp;

import dev.uniform.resource.Representation;
import java.time.Instant;

public record WidgetResponse(
        long id,
        String code,
        Integer size,
        WidgetColour colour,
        Long makerId,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Representation {

    static WidgetResponse of(Widget widget) {
        return new WidgetResponse(
                widget.id,
                widget.code,
                widget.size,
                widget.colour,
                widget.makerId,
                widget.createdAt,
                widget.updatedAt,
                widget.version);
    }
}
