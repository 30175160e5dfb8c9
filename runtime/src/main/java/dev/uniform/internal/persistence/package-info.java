/**
 * The settings of uniform-runtime's resource stores. Not API: services never call it, and it may change in any
 * release; what services use lives in {@code dev.uniform.persistence}.
 */
package dev.uniform.internal.persistence;
