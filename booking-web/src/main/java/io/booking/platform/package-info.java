/**
 * The web tier's plumbing: the JAX-RS application, problem details for every error, and the bearer
 * token mechanism. No business rule lives here; resources call the services of booking-ejb.
 */
package io.booking.platform;
