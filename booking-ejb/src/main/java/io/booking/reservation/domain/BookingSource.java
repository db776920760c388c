package io.booking.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Where a booking came from, recorded on every booking so promotions can be traced. */
@Embeddable
public class BookingSource {

  @Enumerated(EnumType.STRING)
  @Column(name = "source_type", nullable = false, length = 16)
  private SourceType type;

  @Column(name = "source_ref", nullable = false, length = 64)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  protected BookingSource() {}

  public BookingSource(SourceType type, String reference, Channel channel) {
    this.type = Objects.requireNonNull(type);
    this.reference = reference == null ? "" : reference;
    this.channel = Objects.requireNonNull(channel);
  }

  public static BookingSource direct(Channel channel) {
    return new BookingSource(SourceType.DIRECT, "", channel);
  }

  public SourceType type() {
    return type;
  }

  public String reference() {
    return reference;
  }

  public Channel channel() {
    return channel;
  }
}
