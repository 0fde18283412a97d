// A unit's incidents per month over two years, with the 30-day forecast and its 80 % interval as
// the last point.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('history');
    if (!element) { return; }
    fetch(element.dataset.source, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var months = data.months.slice();
        var counts = data.counts.slice();
        var expected = counts.map(function () { return null; });
        var low = expected.slice();
        var high = expected.slice();
        if (data.forecast) {
          months.push(months[months.length - 1] + 31 * 86400);
          counts.push(null);
          expected.push(data.forecast.expected);
          low.push(data.forecast.low);
          high.push(data.forecast.high);
        }
        new uPlot({
          width: Math.max(280, element.clientWidth || 600), height: 260,
          series: [{}, { label: 'incidents per month', stroke: '#1d4f91', width: 2 },
            { label: 'forecast, next 30 days', stroke: '#c0392b', width: 2, points: { size: 8 } },
            { label: '80 % low', stroke: '#e59866', dash: [4, 4] },
            { label: '80 % high', stroke: '#e59866', dash: [4, 4] }],
          scales: { x: { time: true } }
        }, [months, counts, expected, low, high], element);
        element.classList.add('ready');
      });
  });
})();
