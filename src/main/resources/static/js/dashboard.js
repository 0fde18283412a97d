// The dashboard's map and trend chart. No tiles: the shipped district boundaries are the basemap,
// drawn with Leaflet's SVG renderer, one path per district (class "district", data-pcode).
(function () {
  'use strict';
  // Leaflet puts a tooltip's string in as HTML: every label goes in as text
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }
  var LEVEL_COLOURS = { LOW: '#d9ead3', MODERATE: '#fff2cc', SUBSTANTIAL: '#f9cb9c', SEVERE: '#e06666', CRITICAL: '#990000' };

  function drawMap(element) {
    var map = L.map(element, { renderer: L.svg(), zoomSnap: 0.25, attributionControl: true });
    fetch(element.dataset.source, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var districts = L.geoJSON(data.districts, {
          style: function (feature) {
            return {
              className: 'district',
              color: '#666', weight: 1, fillOpacity: 0.85,
              fillColor: LEVEL_COLOURS[feature.properties.level] || '#f0f0f0'
            };
          },
          onEachFeature: function (feature, layer) {
            layer.bindTooltip(text(feature.properties.name + ' (' + feature.properties.pcode + '): ' + feature.properties.level));
            layer.on('add', function () {
              var path = layer.getElement();
              if (path) { path.setAttribute('data-pcode', feature.properties.pcode); }
            });
          }
        }).addTo(map);
        districts.eachLayer(function (layer) {
          var path = layer.getElement();
          if (path) { path.setAttribute('data-pcode', layer.feature.properties.pcode); }
        });
        if (districts.getLayers().length > 0) { map.fitBounds(districts.getBounds()); }
        map.attributionControl.addAttribution('Boundaries © OpenStreetMap contributors, ODbL');
        clusterIncidents(map, data.incidents);
        element.setAttribute('data-districts', String(districts.getLayers().length));
        element.classList.add('ready');
      });
  }

  // Incidents close together on screen are drawn as one numbered circle, regrouped at every zoom.
  function clusterIncidents(map, incidents) {
    var layer = L.layerGroup().addTo(map);
    function regroup() {
      layer.clearLayers();
      var cells = {};
      incidents.forEach(function (incident) {
        var point = map.latLngToLayerPoint([incident.lat, incident.lon]);
        var key = Math.floor(point.x / 40) + ':' + Math.floor(point.y / 40);
        (cells[key] = cells[key] || []).push(incident);
      });
      Object.keys(cells).forEach(function (key) {
        var group = cells[key];
        var lat = 0, lon = 0;
        group.forEach(function (incident) { lat += incident.lat; lon += incident.lon; });
        var centre = [lat / group.length, lon / group.length];
        if (group.length === 1) {
          var one = group[0];
          L.circleMarker(centre, { radius: 6, color: '#1d4f91', weight: 2, fillOpacity: 0.8, className: 'incident' })
            .bindTooltip(text(one.date + ' ' + one.type + (one.killed ? ', ' + one.killed + ' killed' : '')))
            .on('click', function () { window.location.href = '/incidents/' + one.id; })
            .addTo(layer);
        } else {
          L.marker(centre, {
            icon: L.divIcon({ className: 'cluster', html: String(group.length), iconSize: [28, 28] }),
            keyboard: true, title: group.length + ' incidents'
          }).on('click', function () { map.setView(centre, map.getZoom() + 1.5); }).addTo(layer);
        }
      });
    }
    map.on('zoomend', regroup);
    regroup();
  }

  var PALETTE = ['#1d4f91', '#c0392b', '#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41', '#455a64', '#ad1457',
    '#9e9d24', '#283593', '#00695c'];

  function drawTrend(element, days) {
    fetch(element.dataset.source + '?days=' + days, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        element.innerHTML = '';
        var series = [{}];
        var values = [data.days];
        data.series.forEach(function (one, index) {
          series.push({ label: one.type.toLowerCase().replace(/_/g, ' '), stroke: PALETTE[index % PALETTE.length], width: 2 });
          values.push(one.counts);
        });
        if (data.series.length === 0) {
          series.push({ label: 'incidents', stroke: '#1d4f91' });
          values.push(data.days.map(function () { return 0; }));
        }
        var width = Math.max(280, element.clientWidth || 600);
        var chart = new uPlot({ width: width, height: 260, series: series, axes: [{}, { label: 'incidents' }],
          scales: { x: { time: true } } }, values, element);
        // follow the page's width (a scrollbar appearing, a tablet turned)
        window.addEventListener('resize', function () {
          chart.setSize({ width: Math.max(280, element.clientWidth), height: 260 });
        });
        element.setAttribute('data-days', String(days));
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var map = document.getElementById('map');
    if (map) { drawMap(map); }
    var trend = document.getElementById('trend');
    if (trend) {
      drawTrend(trend, 30);
      document.querySelectorAll('.trend-span').forEach(function (button) {
        button.addEventListener('click', function () { drawTrend(trend, Number(button.dataset.days)); });
      });
    }
  });
})();
