// Register pages: keep the directory's filter form usable without htmx (plain GET) and tidy its URLs.
(function () {
  "use strict";
  document.addEventListener("htmx:configRequest", function (event) {
    // Leave empty filters out of the query string so shared links stay short.
    var params = event.detail.parameters;
    if (!params || typeof params.forEach !== "function") { return; }
    var empty = [];
    params.forEach(function (value, key) { if (value === "") { empty.push(key); } });
    empty.forEach(function (key) { params.delete(key); });
  });
})();
