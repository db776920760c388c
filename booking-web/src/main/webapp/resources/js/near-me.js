// "Near me": asks the browser for the position (the browser asks the person), then searches by
// distance. Without consent or support, it says so and the city field keeps working.
function bookingNearMe() {
  var status = document.getElementById('geoStatus');
  var m = window.bookingMessages || {};
  if (!navigator.geolocation) {
    status.textContent = m.denied;
    return;
  }
  status.textContent = m.asking;
  navigator.geolocation.getCurrentPosition(function (pos) {
    document.getElementById('search:lat').value = pos.coords.latitude.toFixed(5);
    document.getElementById('search:lng').value = pos.coords.longitude.toFixed(5);
    status.textContent = m.found;
    document.getElementById('search:go').click();
  }, function () {
    status.textContent = m.denied;
  }, { timeout: 10000, maximumAge: 600000 });
}
