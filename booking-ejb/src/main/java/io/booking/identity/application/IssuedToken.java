package io.booking.identity.application;

/** A signed bearer token and how many seconds it is valid for. */
public record IssuedToken(String token, long expiresInSeconds) {}
