// Lead CRM: drag-and-drop on the pipeline board. Without JavaScript every card links to its stage form.
(function () {
  "use strict";

  // The board itself is cached for every colleague; the session's token sits in a form of its own beside it.
  function csrfToken() {
    var field = document.querySelector("[data-board-csrf] [name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function moveCard(board, card, stage) {
    var body = new FormData();
    body.append("stage", stage);
    return fetch(card.getAttribute("data-stage-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    });
  }

  function updateCounts(board) {
    board.querySelectorAll(".crm-column").forEach(function (column) {
      var count = column.querySelector("[data-count]");
      var moved = parseInt(column.getAttribute("data-delta") || "0", 10);
      if (count && moved) {
        count.textContent = String(parseInt(count.textContent, 10) + moved);
        column.removeAttribute("data-delta");
      }
    });
  }

  function setUp(board) {
    var status = document.getElementById("board-status");
    var dragged = null;
    board.addEventListener("dragstart", function (event) {
      dragged = event.target.closest(".crm-card");
      if (!dragged) { return; }
      dragged.classList.add("crm-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged.getAttribute("data-lead"));
    });
    board.addEventListener("dragend", function () {
      if (dragged) { dragged.classList.remove("crm-dragging"); }
      board.querySelectorAll(".crm-drop-target").forEach(function (zone) { zone.classList.remove("crm-drop-target"); });
    });
    board.addEventListener("dragover", function (event) {
      var zone = event.target.closest(".crm-column");
      if (!zone || !dragged) { return; }
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      board.querySelectorAll(".crm-drop-target").forEach(function (other) { other.classList.remove("crm-drop-target"); });
      zone.querySelector("[data-dropzone]").classList.add("crm-drop-target");
    });
    board.addEventListener("drop", function (event) {
      var column = event.target.closest(".crm-column");
      if (!column || !dragged) { return; }
      event.preventDefault();
      var card = dragged;
      var from = card.closest(".crm-column");
      var stage = column.getAttribute("data-stage");
      if (from === column) { return; }
      moveCard(board, card, stage).then(function (answer) {
        if (answer.redirect) { window.location.assign(answer.redirect); return; }
        column.querySelector("[data-dropzone]").prepend(card);
        from.setAttribute("data-delta", "-1");
        column.setAttribute("data-delta", "1");
        updateCounts(board);
        if (status) { status.textContent = card.querySelector("h3").textContent + " → " + column.querySelector("h2").firstChild.textContent.trim(); }
      }).catch(function () {
        if (status) { status.textContent = board.getAttribute("data-error"); }
        window.alert(board.getAttribute("data-error"));
      });
    });
  }

  // Show the busy indicator on forms that upload and check a file.
  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-progress]") && !event.defaultPrevented) {
      event.target.classList.add("crm-submitting");
    }
  });

  // Dragging needs a mouse: only then does the board say so.
  if (window.matchMedia("(hover: hover) and (pointer: fine)").matches) {
    document.querySelectorAll("[data-drag-hint]").forEach(function (hint) { hint.hidden = false; });
  }
  document.querySelectorAll("[data-board]").forEach(setUp);
})();
