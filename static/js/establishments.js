// Register pages: fold the directory filters on phones and keep shared links short.
(function () {
  "use strict";

  function foldFiltersOnPhones() {
    if (!window.matchMedia("(max-width: 760px)").matches) { return; }
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (panel) {
      // Keep the panel open when the visitor has filtered, so the active filters stay visible.
      var active = Array.prototype.some.call(panel.querySelectorAll("input, select"), function (field) {
        return field.value !== "";
      });
      if (!active) { panel.removeAttribute("open"); }
    });
  }

  document.addEventListener("DOMContentLoaded", foldFiltersOnPhones);

  document.addEventListener("htmx:configRequest", function (event) {
    // Leave empty filters out of the query string.
    var params = event.detail.parameters;
    if (!params || typeof params.forEach !== "function" || typeof params.delete !== "function") { return; }
    var empty = [];
    params.forEach(function (value, key) { if (value === "") { empty.push(key); } });
    empty.forEach(function (key) { params.delete(key); });
  });
})();
