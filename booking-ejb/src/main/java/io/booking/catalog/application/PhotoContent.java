package io.booking.catalog.application;

import java.util.Objects;

/** A venue photo as it is served: its bytes and their content type (image/jpeg or image/png). */
public record PhotoContent(String contentType, byte[] image) {

  public PhotoContent {
    Objects.requireNonNull(contentType, "contentType");
    image = image.clone();
  }

  /** A copy: the photo's bytes never change. */
  @Override
  public byte[] image() {
    return image.clone();
  }
}
