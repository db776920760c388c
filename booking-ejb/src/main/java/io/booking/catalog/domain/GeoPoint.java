package io.booking.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place on earth in WGS 84 degrees. */
@Embeddable
public class GeoPoint {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  protected GeoPoint() {}

  public GeoPoint(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180");
    }
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  /** Great-circle distance (haversine). */
  public double distanceKmTo(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLng = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLng / 2)
                * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint g && g.latitude == latitude && g.longitude == longitude;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }
}
