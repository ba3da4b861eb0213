// Events calendar: show the feed address to copy, and apply a filter as soon as it changes.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-feed-link]");
    if (!link) { return; }
    var hint = document.querySelector("[data-feed-hint]");
    if (!hint) { return; }
    // A calendar app wants the address (webcal:// opens it directly); a click would only download the file.
    event.preventDefault();
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    hint.querySelector("[data-feed-url]").textContent = url;
    hint.hidden = false;
    if (navigator.clipboard) { navigator.clipboard.writeText(url).catch(function () {}); }
  });
  document.querySelectorAll(".filters form select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
})();
