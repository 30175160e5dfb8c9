package dev.uniform.testing.architecture.orders.api;

import dev.uniform.testing.architecture.orders.OrderStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A request record as uniform-archetype generates them, for the manifest's rule to compare. */
public record OrderRequest(
        @NotBlank @Size(max = 32) String code,
        @Size(max = 2000) String note,

        @NotNull @Digits(integer = 10, fraction = 2) @DecimalMin("0") @DecimalMax("9999999999.99")
        BigDecimal total,

        @NotNull OrderStatus status,
        Long parentId) {}
