/**
 * Building blocks every context shares: money, and the exception families that name a business
 * reason. Holds no entity and depends on no context.
 */
package io.booking.shared;
