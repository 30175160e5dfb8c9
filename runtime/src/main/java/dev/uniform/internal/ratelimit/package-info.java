/**
 * How uniform-runtime limits the rate of each caller's requests, counted across replicas in the service's database. Not
 * API: services never call it, and it may change in any release; they set {@code uniform.rate-limit.*}.
 */
package dev.uniform.internal.ratelimit;
