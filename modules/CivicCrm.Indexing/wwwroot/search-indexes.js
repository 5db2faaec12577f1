// While a rebuild runs on this node, reload the index page every two seconds to show its progress.
(function () {
  'use strict';
  if (document.querySelector('[data-rebuilding="true"]')) {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
