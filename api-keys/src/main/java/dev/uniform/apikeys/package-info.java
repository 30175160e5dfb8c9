/**
 * API keys for machine callers, beside bearer tokens: what a caller or a test of a service needs to name. A service
 * opts in by depending on uniform-api-keys; its mechanism, its admin operations ({@code /api-keys}) and its table come
 * with the library and are not API.
 */
package dev.uniform.apikeys;
