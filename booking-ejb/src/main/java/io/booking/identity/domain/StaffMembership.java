package io.booking.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An account works at a venue. The venue is named by id: identity does not know the catalog. */
@Entity
@Table(name = "staff_membership")
@IdClass(StaffMembership.Key.class)
@NamedQuery(
    name = "StaffMembership.findVenueIdsByAccount",
    query = "SELECT m.venueId FROM StaffMembership m WHERE m.accountId = :accountId")
public class StaffMembership {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "venue_id")
  private Long venueId;

  protected StaffMembership() {}

  public StaffMembership(Long accountId, Long venueId) {
    this.accountId = accountId;
    this.venueId = venueId;
  }

  public Long accountId() {
    return accountId;
  }

  public Long venueId() {
    return venueId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long accountId;
    private Long venueId;

    public Key() {}

    public Key(Long accountId, Long venueId) {
      this.accountId = accountId;
      this.venueId = venueId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(venueId, k.venueId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, venueId);
    }
  }
}
