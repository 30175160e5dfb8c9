/**
 * API keys for machine callers, beside bearer tokens. Not API: a service opts in by adding uniform-api-keys and never
 * calls this package; operators use its admin operations ({@code /api-keys}), documented in the service's OpenAPI
 * document, and callers send a key in {@code X-API-Key}.
 */
package dev.uniform.internal.apikeys;
