package io.booking.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map picker takes its tiles from. OpenStreetMap's own tile servers suit a small
 * deployment only (their usage policy); a busy one points this at its own or a paid tile service.
 * {@code none} turns the map off (MicroProfile Config reads an empty value as unset): coordinates
 * are then typed or taken from the device position.
 */
@Named
@ApplicationScoped
public class MapSettings {

  @Inject
  @ConfigProperty(
      name = "booking.map.tiles",
      defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  String tiles;

  @Inject
  @ConfigProperty(name = "booking.map.attribution", defaultValue = "© OpenStreetMap contributors")
  String attribution;

  public boolean isEnabled() {
    return !"none".equalsIgnoreCase(tiles.strip());
  }

  public String getTiles() {
    return tiles;
  }

  public String getAttribution() {
    return attribution;
  }
}
