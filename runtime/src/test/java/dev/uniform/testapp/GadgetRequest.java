package dev.uniform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

public record GadgetRequest(
        @NotBlank String code,
        @NotNull @Positive BigDecimal weight,
        List<@Valid Part> parts,
        List<@NotBlank String> tags) {

    public record Part(@NotBlank String name, @Positive int quantity) {}
}
