package dev.uniform.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WidgetRequest(
        @NotBlank @Size(max = 40) @Schema(description = "Code. Unique across all widgets.", example = "W-1")
        String code,

        @Positive @Schema(description = "Size.", example = "3")
        Integer size,

        WidgetColour colour,
        Long makerId) {

    void copyTo(Widget widget) {
        widget.code = code;
        widget.size = size;
        widget.colour = colour;
        widget.makerId = makerId;
    }
}
