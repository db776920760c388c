/**
 * Identity's adapters to Jakarta Security: the mechanism that signs a caller in (a bearer token, or
 * the login page's password and then the session) and the caller of the current request, for
 * resources ({@code CurrentCaller}) and pages ({@code io.booking.identity.web.CurrentUser}).
 */
package io.booking.identity.security;
