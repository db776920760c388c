// Coordinates of a venue: picked on a Leaflet map when the map library and tiles load, typed
// otherwise, or taken from the device's position. The inputs stay the single source of truth.
window.bookingMap = (function () {
  function inputs() {
    var el = document.getElementById('venueMap');
    if (!el) return null;
    return {
      map: el,
      lat: document.getElementById(el.dataset.latInput),
      lng: document.getElementById(el.dataset.lngInput)
    };
  }

  function set(lat, lng) {
    var f = inputs();
    if (!f) return;
    f.lat.value = lat.toFixed(6);
    f.lng.value = lng.toFixed(6);
    if (window.bookingMap.marker) window.bookingMap.marker.setLatLng([lat, lng]);
  }

  function init() {
    var f = inputs();
    if (!f || !window.L || f.map.dataset.ready) return;
    f.map.dataset.ready = '1';
    var lat = parseFloat(f.lat.value), lng = parseFloat(f.lng.value);
    var known = !isNaN(lat) && !isNaN(lng);
    var map = L.map(f.map).setView(known ? [lat, lng] : [31.2304, 121.4737], known ? 16 : 11);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    window.bookingMap.marker = L.marker(known ? [lat, lng] : map.getCenter()).addTo(map);
    map.on('click', function (e) { set(e.latlng.lat, e.latlng.lng); });
    [f.lat, f.lng].forEach(function (input) {
      input.addEventListener('change', function () {
        var a = parseFloat(f.lat.value), b = parseFloat(f.lng.value);
        if (!isNaN(a) && !isNaN(b)) { window.bookingMap.marker.setLatLng([a, b]); map.panTo([a, b]); }
      });
    });
  }

  function useMyLocation(failure) {
    if (!navigator.geolocation) { alert(failure); return; }
    navigator.geolocation.getCurrentPosition(
      function (p) { set(p.coords.latitude, p.coords.longitude); },
      function () { alert(failure); },
      { timeout: 10000 });
  }

  document.addEventListener('DOMContentLoaded', init);
  return { init: init, useMyLocation: useMyLocation, marker: null };
})();
