package io.booking.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A checked picture of a venue (JPEG or PNG). Its bytes never change: a new upload is a new id. */
@Entity
@Table(name = "venue_photo")
public class VenuePhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "venue_photo_id")
  private Long id;

  @Column(name = "venue_id", nullable = false)
  private long venueId;

  @Column(name = "content_type", nullable = false, length = 32)
  private String contentType;

  @Column(name = "width", nullable = false)
  private int width;

  @Column(name = "height", nullable = false)
  private int height;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "image", nullable = false)
  private byte[] image;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected VenuePhoto() {}

  public VenuePhoto(
      long venueId, PhotoFormat format, int width, int height, byte[] image, Instant createdAt) {
    this.venueId = venueId;
    this.contentType = format.contentType();
    this.width = width;
    this.height = height;
    this.image = image.clone();
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long venueId() {
    return venueId;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] image() {
    return image.clone();
  }
}
