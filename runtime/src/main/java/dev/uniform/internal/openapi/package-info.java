/**
 * How uniform-runtime wires its openapi behaviour into Quarkus. Not API: services never call it, and it may change in any
 * release; what services use lives in the packages outside {@code dev.uniform.internal}.
 */
package dev.uniform.internal.openapi;
