// Portal-wide behaviour. Pages work without it; it only adds conveniences.
(function () {
  "use strict";
  // Close the account menu when focus or a click leaves it.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) { menu.removeAttribute("open"); }
    });
  });
  document.addEventListener("focusout", function (event) {
    var menu = event.target.closest && event.target.closest("details.account-menu[open]");
    if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) { menu.removeAttribute("open"); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      menu.removeAttribute("open");
      menu.querySelector("summary").focus();
    });
  });
  // A table larger than its wrapper scrolls: keyboard users need to focus the wrapper to scroll it, and screen
  // readers need a name for that focus stop (the table's caption; a region without a name is not allowed).
  function labelScrollableTables() {
    document.querySelectorAll(".table-wrap").forEach(function (wrap) {
      var scrollable = wrap.scrollWidth > wrap.clientWidth + 1 || wrap.scrollHeight > wrap.clientHeight + 1;
      if (!scrollable) {
        if (wrap.hasAttribute("data-scroll-focus")) {
          ["tabindex", "role", "aria-label", "data-scroll-focus"].forEach(function (name) {
            wrap.removeAttribute(name);
          });
        }
        return;
      }
      if (wrap.hasAttribute("tabindex")) { return; }
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("data-scroll-focus", "");
      var caption = wrap.querySelector("caption");
      if (caption && caption.textContent.trim()) {
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", caption.textContent.trim());
      }
    });
  }
  var resizeTimer;
  window.addEventListener("resize", function () {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(labelScrollableTables, 150);
  });
  document.addEventListener("DOMContentLoaded", labelScrollableTables);
  // Filter panels arrive folded unless filters are active, so on a phone the results come first. On a wide
  // screen the stylesheet already shows a folded panel's content; opening it here changes nothing visible
  // (no layout shift) and lets the visitor fold it again.
  document.addEventListener("DOMContentLoaded", function () {
    var wide = window.matchMedia("(min-width: 901px)").matches;
    document.querySelectorAll("details[data-fold-narrow]").forEach(function (panel) {
      if (wide) { panel.open = true; }
      panel.setAttribute("data-ready", "");
    });
  });
  document.addEventListener("htmx:afterSettle", labelScrollableTables);
  // Elements with data-confirm ask before submitting (used on destructive buttons).
  document.addEventListener("submit", function (event) {
    var message = event.submitter && event.submitter.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
})();
