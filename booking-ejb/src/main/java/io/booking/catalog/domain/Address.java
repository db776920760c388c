package io.booking.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where a venue is, as people write it. */
@Embeddable
public class Address {

  @Column(name = "street", nullable = false, length = 200)
  private String street;

  @Column(name = "district", nullable = false, length = 80)
  private String district;

  @Column(name = "city", nullable = false, length = 80)
  private String city;

  protected Address() {}

  public Address(String street, String district, String city) {
    this.street = Objects.requireNonNull(street).strip();
    this.district = district == null ? "" : district.strip();
    this.city = Objects.requireNonNull(city).strip();
  }

  public String street() {
    return street;
  }

  public String district() {
    return district;
  }

  public String city() {
    return city;
  }
}
