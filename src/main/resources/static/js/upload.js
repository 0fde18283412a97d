// Shows an upload's progress in the form's <progress> element while htmx sends the files.
(function () {
  'use strict';
  document.addEventListener('htmx:xhr:progress', function (event) {
    var bar = document.getElementById('upload-progress');
    if (bar && event.detail.lengthComputable) {
      bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
    }
  });
})();
