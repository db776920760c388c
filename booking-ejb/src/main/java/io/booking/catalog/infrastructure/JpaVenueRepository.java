package io.booking.catalog.infrastructure;

import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.catalog.domain.VenueSearch;
import io.booking.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaVenueRepository implements VenueRepository {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public Optional<Venue> findById(long id) {
    return Optional.ofNullable(em.find(Venue.class, id));
  }

  @Override
  public Optional<Offering> findOffering(long offeringId) {
    return Optional.ofNullable(em.find(Offering.class, offeringId));
  }

  @Override
  public Optional<Venue> lockVenue(long venueId) {
    return Optional.ofNullable(
        em.find(Venue.class, venueId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Offering> lockOffering(long offeringId) {
    return Optional.ofNullable(
        em.find(Offering.class, offeringId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Page<Venue> search(VenueSearch s) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (s.category() != null) {
      where.append(" AND v.category = :category");
      params.put("category", s.category());
    }
    if (s.city() != null) {
      where.append(" AND LOWER(v.address.city) = :city");
      params.put("city", s.city().toLowerCase(Locale.ROOT));
    }
    if (s.text() != null) {
      where.append(
          " AND (LOWER(v.name) LIKE :text ESCAPE '!' OR LOWER(v.description) LIKE :text ESCAPE '!'"
              + " OR LOWER(v.address.district) LIKE :text ESCAPE '!')");
      params.put("text", "%" + likeEscaped(s.text().toLowerCase(Locale.ROOT)) + "%");
    }
    String select = "SELECT v, 0.0 AS closeness FROM Venue v";
    String order = " ORDER BY v.name, v.id";
    Map<String, Object> distanceParams = new HashMap<>();
    if (s.near() != null) {
      // Great-circle order: the cosine of the central angle grows as venues get closer.
      select =
          "SELECT v, (:sinLat * FUNCTION('SIN', v.location.latitude * :toRad)"
              + " + :cosLat * FUNCTION('COS', v.location.latitude * :toRad)"
              + " * FUNCTION('COS', v.location.longitude * :toRad - :lngRad)) AS closeness"
              + " FROM Venue v";
      order = " ORDER BY closeness DESC, v.id";
      double lat = Math.toRadians(s.near().latitude());
      distanceParams.put("sinLat", Math.sin(lat));
      distanceParams.put("cosLat", Math.cos(lat));
      distanceParams.put("lngRad", Math.toRadians(s.near().longitude()));
      distanceParams.put("toRad", Math.PI / 180);
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM Venue v" + where, Long.class);
    TypedQuery<Object[]> query = em.createQuery(select + where + order, Object[].class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          query.setParameter(k, v);
        });
    distanceParams.forEach(query::setParameter);
    List<Venue> items =
        query.setFirstResult(s.page() * s.size()).setMaxResults(s.size()).getResultList().stream()
            .map(row -> (Venue) row[0])
            .toList();
    return new Page<>(items, s.page(), s.size(), count.getSingleResult());
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public List<Long> offeringIds() {
    return em.createQuery("SELECT o.id FROM Offering o ORDER BY o.id", Long.class).getResultList();
  }

  @Override
  public Merchant addMerchant(Merchant merchant) {
    em.persist(merchant);
    em.flush(); // the identity key is needed at once
    return merchant;
  }

  @Override
  public Venue addVenue(Venue venue) {
    em.persist(venue);
    em.flush(); // the identity key is needed at once
    return venue;
  }

  @Override
  public Offering addOffering(Offering offering) {
    em.persist(offering);
    em.flush(); // the identity key is needed at once
    return offering;
  }

  @Override
  public List<Venue> findOwnedBy(long ownerAccountId) {
    return em.createQuery(
            "SELECT v FROM Venue v WHERE v.merchant.ownerAccountId = :owner ORDER BY v.name, v.id",
            Venue.class)
        .setParameter("owner", ownerAccountId)
        .getResultList();
  }

  @Override
  public List<Merchant> merchants() {
    return em.createQuery("SELECT m FROM Merchant m ORDER BY m.name, m.id", Merchant.class)
        .getResultList();
  }

  @Override
  public Optional<Merchant> findMerchantOwnedBy(long accountId) {
    return em.createQuery(
            "SELECT m FROM Merchant m WHERE m.ownerAccountId = :owner ORDER BY m.id",
            Merchant.class)
        .setParameter("owner", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
