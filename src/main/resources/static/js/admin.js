// Red zones on the map: the active zones drawn in red; clicking adds a corner of a new polygon,
// whose GeoJSON goes into the form's hidden field.
(function () {
  'use strict';
  // Leaflet puts a tooltip's string in as HTML: names go in as text
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('zone-map');
    if (!element) { return; }
    var map = L.map(element, { renderer: L.svg() });
    fetch(element.dataset.districts, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (districts) {
        var layer = L.geoJSON(districts, { style: { color: '#777', weight: 1, fillColor: '#f2f2f2', fillOpacity: 1 } }).addTo(map);
        map.fitBounds(layer.getBounds());
        return fetch(element.dataset.zones, { credentials: 'same-origin' });
      })
      .then(function (response) { return response.json(); })
      .then(function (zones) {
        zones.forEach(function (zone) {
          var style = { color: '#8a1c1c', weight: 2, fillOpacity: 0.3, className: 'zone' };
          if (zone.kind === 'CIRCLE' || zone.radius_m) {
            L.circle([zone.lat, zone.lon], Object.assign({ radius: zone.radius_m }, style)).bindTooltip(text(zone.name)).addTo(map);
          } else if (zone.polygon) {
            L.geoJSON(zone.polygon, { style: style }).bindTooltip(text(zone.name)).addTo(map);
          }
        });
        element.classList.add('ready');
      });

    var corners = [];
    var drawing = L.polygon([], { color: '#1d4f91', weight: 2, className: 'drawing' }).addTo(map);
    var field = document.getElementById('polygon');
    function update() {
      drawing.setLatLngs(corners);
      if (corners.length >= 3) {
        var ring = corners.map(function (c) { return [c.lng, c.lat]; });
        ring.push(ring[0]);
        field.value = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
      } else {
        field.value = '';
      }
    }
    map.on('click', function (event) { corners.push(event.latlng); update(); });
    document.getElementById('clear-drawing').addEventListener('click', function () { corners = []; update(); });
  });
})();
