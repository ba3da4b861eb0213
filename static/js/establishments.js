// Register pages: fold the directory filters on phones and keep shared links short.
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    // Leave empty filters out of the query string.
    var params = event.detail.parameters;
    if (!params || typeof params.forEach !== "function" || typeof params.delete !== "function") { return; }
    var empty = [];
    params.forEach(function (value, key) { if (value === "") { empty.push(key); } });
    empty.forEach(function (key) { params.delete(key); });
  });
})();
