/**
 * Resources as the API shows them: {@link dev.uniform.resource.Representation}, which a resource's response record
 * implements, and the {@link dev.uniform.resource.Responses} of its operations.
 */
package dev.uniform.resource;
