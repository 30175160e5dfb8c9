/**
 * How uniform-runtime wires its defaults behaviour into Quarkus. Not API: services never call it, and it may change in any
 * release; what services use lives in the packages outside {@code dev.uniform.internal}.
 */
package dev.uniform.internal.defaults;
