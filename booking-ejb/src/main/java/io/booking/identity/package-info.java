/**
 * Identity: accounts, their roles, hashed passwords, access tokens and which venues staff work at.
 * It never reaches into another context; others refer to an account by its id.
 */
package io.booking.identity;
