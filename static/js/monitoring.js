// Key figures: keep the from- and to-year ticked (they are always shown) and fold the year list on small screens.
(function () {
  "use strict";
  function syncYears(form) {
    ["from_year", "to_year"].forEach(function (name) {
      var select = form.elements[name];
      if (!select) { return; }
      var box = form.querySelector('input[name="years"][value="' + select.value + '"]');
      if (box) { box.checked = true; }
    });
  }
  document.addEventListener("change", function (event) {
    var form = event.target.closest(".year-form");
    if (form && (event.target.name === "from_year" || event.target.name === "to_year")) { syncYears(form); }
  });
  document.addEventListener("DOMContentLoaded", function () {
    if (window.matchMedia("(max-width: 900px)").matches) {
      document.querySelectorAll(".year-columns-toggle").forEach(function (details) { details.open = false; });
    }
  });
})();
