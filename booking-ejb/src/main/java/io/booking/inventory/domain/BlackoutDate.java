package io.booking.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A local date on which an offering generates no slots (a holiday, a private event). */
@Entity
@Table(name = "blackout_date")
@IdClass(BlackoutDate.Key.class)
public class BlackoutDate {

  @Id
  @Column(name = "offering_id")
  private Long offeringId;

  @Id
  @Column(name = "closed_on")
  private LocalDate closedOn;

  protected BlackoutDate() {}

  public BlackoutDate(long offeringId, LocalDate closedOn) {
    this.offeringId = offeringId;
    this.closedOn = closedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long offeringId;
    private LocalDate closedOn;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(offeringId, k.offeringId)
          && Objects.equals(closedOn, k.closedOn);
    }

    @Override
    public int hashCode() {
      return Objects.hash(offeringId, closedOn);
    }
  }
}
