package io.booking.inventory.web;

import io.booking.catalog.application.CatalogService;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.VenueSearch;
import io.booking.inventory.application.AvailabilityService;
import io.booking.shared.domain.Page;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The home page: find a venue by category, city, words, or near where you are. Each result shows
 * its next free time, the inventory's answer to the catalog's search, so the page is inventory's.
 */
@Named
@ViewScoped
public class SearchVenues implements Serializable {

  static final int PAGE_SIZE = 12;

  /** One result card. */
  public record VenueCard(
      long id,
      String name,
      Category category,
      String district,
      String city,
      Double distanceKm,
      ZonedDateTime nextFree) {}

  @EJB CatalogService catalog;

  @EJB AvailabilityService availability;

  private Category category;
  private String city;
  private String text;
  private Double latitude;
  private Double longitude;
  private int page;
  private long total;
  private List<VenueCard> results = List.of();

  @PostConstruct
  void firstPage() {
    load();
  }

  public void search() {
    page = 0;
    load();
  }

  public void next() {
    page++;
    load();
  }

  public void previous() {
    page = Math.max(0, page - 1);
    load();
  }

  private void load() {
    GeoPoint near =
        latitude != null
                && longitude != null
                && Math.abs(latitude) <= 90
                && Math.abs(longitude) <= 180
            ? new GeoPoint(latitude, longitude)
            : null;
    Page<VenueView> found =
        catalog.search(new VenueSearch(category, city, text, near, page, PAGE_SIZE));
    total = found.total();
    Map<Long, Instant> nextFree =
        availability.nextBookableStarts(found.items().stream().map(VenueView::id).toList());
    results =
        found.items().stream()
            .map(
                v ->
                    new VenueCard(
                        v.id(),
                        v.name(),
                        v.category(),
                        v.district(),
                        v.city(),
                        v.distanceKm(),
                        Optional.ofNullable(nextFree.get(v.id()))
                            .map(start -> start.atZone(v.timeZone()))
                            .orElse(null)))
            .toList();
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public long getPageCount() {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public List<Category> getCategories() {
    return Arrays.asList(Category.values());
  }

  public List<VenueCard> getResults() {
    return results;
  }

  public long getTotal() {
    return total;
  }

  public boolean isNearMe() {
    return latitude != null && longitude != null;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }
}
