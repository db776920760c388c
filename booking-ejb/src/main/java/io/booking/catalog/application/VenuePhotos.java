package io.booking.catalog.application;

import io.booking.catalog.domain.PhotoFormat;
import io.booking.catalog.domain.VenuePhoto;
import io.booking.catalog.domain.VenueRepository;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos of a venue. Uploads are checked by content, not by name: JPEG or PNG, at most {@link
 * #MAX_BYTES}, at most {@link #MAX_PIXELS_PER_SIDE} a side (read from the header before decoding,
 * so a small file cannot expand into a huge image), and fully decodable.
 */
@Stateless
public class VenuePhotos {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_PIXELS_PER_SIDE = 6000;
  public static final int MAX_PER_VENUE = 8;

  @PersistenceContext EntityManager em;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  /** The ids of a venue's photos in upload order; anyone may see them. */
  public List<Long> idsOf(long venueId) {
    return em.createQuery(
            "SELECT p.id FROM VenuePhoto p WHERE p.venueId = :venue ORDER BY p.id", Long.class)
        .setParameter("venue", venueId)
        .getResultList();
  }

  /** A photo's bytes and content type, to serve; anyone may see them. */
  public PhotoContent photo(long venueId, long photoId) {
    VenuePhoto photo = find(venueId, photoId);
    return new PhotoContent(photo.contentType(), photo.image());
  }

  private VenuePhoto find(long venueId, long photoId) {
    VenuePhoto photo = em.find(VenuePhoto.class, photoId);
    if (photo == null || photo.venueId() != venueId) {
      throw new UnknownObjectException("photo", photoId);
    }
    return photo;
  }

  public long add(long ownerAccountId, long venueId, byte[] bytes) {
    MerchantCatalog.owned(venues, ownerAccountId, venueId);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          "photo", "must be at most " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    PhotoFormat format =
        PhotoFormat.sniff(bytes)
            .orElseThrow(() -> new InvalidInputException("photo", "must be a JPEG or PNG image"));
    int[] size = checkedSize(bytes);
    // The venue's row is the lock for its photo count: two uploads at once count one after another.
    venues.lockVenue(venueId);
    if (idsOf(venueId).size() >= MAX_PER_VENUE) {
      throw new InvalidInputException(
          "photo", "a venue has at most " + MAX_PER_VENUE + " photos; remove one first");
    }
    VenuePhoto photo = new VenuePhoto(venueId, format, size[0], size[1], bytes, clock.instant());
    em.persist(photo);
    em.flush();
    return photo.id();
  }

  public void remove(long ownerAccountId, long venueId, long photoId) {
    MerchantCatalog.owned(venues, ownerAccountId, venueId);
    em.remove(find(venueId, photoId));
  }

  private static int[] checkedSize(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
          throw new InvalidInputException(
              "photo", "must be at most " + MAX_PIXELS_PER_SIDE + " pixels a side");
        }
        if (reader.read(0) == null) {
          throw unreadable();
        }
        return new int[] {width, height};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw unreadable();
    }
  }

  private static InvalidInputException unreadable() {
    return new InvalidInputException("photo", "is damaged or not an image");
  }
}
