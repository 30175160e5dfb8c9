package dev.uniform.bench.spring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A product to create, checked as the sample service checks it. */
public record ProductRequest(
        @NotBlank @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{2,31}$") String code,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Positive @Digits(integer = 10, fraction = 2) @DecimalMax("9999999999.99") BigDecimal price,
        @NotNull @Pattern(regexp = "DRAFT|ACTIVE|ARCHIVED") String status) {}
