package io.booking.reservation.domain;

/** What brought a booking: the venue page itself, a campaign, or someone's share link. */
public enum SourceType {
  DIRECT,
  CAMPAIGN,
  SHARE_LINK
}
