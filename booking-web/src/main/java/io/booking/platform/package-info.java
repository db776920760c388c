/**
 * The web tier's plumbing: the JAX-RS application, problem details for every error, security
 * headers and client addresses, the pages' formats and messages, and two PrimeFaces renderers that
 * write markup assistive technology can read. No business rule lives here, and it uses no context:
 * who is signed in is identity's (io.booking.identity.security).
 */
package io.booking.platform;
