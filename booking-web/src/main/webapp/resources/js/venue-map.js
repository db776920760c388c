// A venue on a Leaflet map. On the venue editor its coordinates are picked on the map, typed, or
// taken from the device's position: the two inputs stay the single source of truth, the map only
// writes to them and follows them. On the public venue page (data-lat/data-lng, no inputs) the map
// only shows where the venue is.
window.bookingMap = (function () {
  var map = null, marker = null;

  function parts() {
    var el = document.getElementById('venueMap');
    if (!el) return null;
    return {
      map: el,
      lat: document.getElementById(el.dataset.latInput),
      lng: document.getElementById(el.dataset.lngInput)
    };
  }

  function typed(f) {
    var lat = parseFloat(f.lat.value), lng = parseFloat(f.lng.value);
    var valid = !isNaN(lat) && !isNaN(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    return valid ? [lat, lng] : null;
  }

  function set(lat, lng) {
    var f = parts();
    if (!f) return;
    f.lat.value = lat.toFixed(6);
    f.lng.value = lng.toFixed(6);
    if (marker) marker.setLatLng([lat, lng]);
  }

  function tiles(el) {
    return L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution });
  }

  function show(el) {
    var at = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)];
    // Scrolling the page on a phone must not zoom the map.
    var shown = L.map(el, { scrollWheelZoom: false }).setView(at, 16);
    tiles(el).addTo(shown);
    L.marker(at, { keyboard: false }).addTo(shown);
  }

  // Runs at load and after every Ajax update: saving the venue form re-renders the map's element.
  function init() {
    var el = document.getElementById('venueMap');
    if (!el || !window.L || el.dataset.ready) return;
    el.dataset.ready = '1';
    // The stylesheet comes through the Faces resource handler, which breaks its relative image URLs.
    L.Icon.Default.imagePath = el.dataset.images;
    if (!el.dataset.latInput) { show(el); return; }
    var f = parts();
    var at = typed(f);
    // No coordinates yet: start on the city centre the venue form was opened in (Shanghai by default).
    map = L.map(f.map).setView(at || [31.2304, 121.4737], at ? 16 : 11);
    tiles(f.map).addTo(map);
    marker = L.marker(at || map.getCenter(), { draggable: true, keyboard: false }).addTo(map);
    if (!at) marker.setOpacity(0.5);
    map.on('click', function (e) {
      marker.setOpacity(1);
      set(e.latlng.lat, e.latlng.lng);
    });
    marker.on('dragend', function () {
      var p = marker.getLatLng();
      marker.setOpacity(1);
      set(p.lat, p.lng);
    });
    [f.lat, f.lng].forEach(function (input) {
      input.addEventListener('change', function () {
        var p = typed(f);
        if (p) { marker.setOpacity(1); marker.setLatLng(p); map.panTo(p); }
      });
    });
  }

  function useMyLocation(failure) {
    if (!navigator.geolocation) { alert(failure); return; }
    navigator.geolocation.getCurrentPosition(
      function (p) {
        set(p.coords.latitude, p.coords.longitude);
        if (marker) { marker.setOpacity(1); map.setView(marker.getLatLng(), 16); }
      },
      function () { alert(failure); },
      { timeout: 10000 });
  }

  document.addEventListener('DOMContentLoaded', init);
  if (window.jQuery) jQuery(document).on('pfAjaxComplete', init);
  return { init: init, useMyLocation: useMyLocation };
})();
