package io.booking.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats venues may show, recognised by their first bytes, never by a file name. */
public enum PhotoFormat {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String contentType;
  private final byte[] magic;

  PhotoFormat(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<PhotoFormat> sniff(byte[] bytes) {
    return Arrays.stream(values())
        .filter(
            f ->
                bytes.length >= f.magic.length
                    && Arrays.equals(Arrays.copyOf(bytes, f.magic.length), f.magic))
        .findFirst();
  }
}
