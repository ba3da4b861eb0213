// Vacancy filters: show that the new results are loading while the page is requested.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[data-loading-text]").forEach((form) => {
    form.addEventListener("submit", () => {
      const button = form.querySelector("button[type=submit]");
      if (button) {
        button.setAttribute("aria-disabled", "true");
        button.textContent = form.dataset.loadingText;
      }
      const results = document.getElementById(form.dataset.results || "");
      if (results) {
        results.setAttribute("aria-busy", "true");
      }
    });
  });
});

// On a phone the filter panel starts folded so the vacancies come first; open when filters are active.
document.addEventListener("DOMContentLoaded", () => {
  const narrow = window.matchMedia("(max-width: 900px)").matches;
  document.querySelectorAll("details[data-collapse-narrow]").forEach((panel) => {
    if (narrow && !panel.querySelector(".badge")) {
      panel.removeAttribute("open");
    }
  });
});
