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
