/* The explainer engine: a "copy link" button beside each timeline event and reaction, when the browser
   can copy. Without JavaScript the title itself is the permalink. The button's words come from the
   page (data-copy-label, data-copied-label), so they are translated with the page. */
(function () {
  "use strict";
  var list = document.querySelector("[data-copy-label]");
  if (!list || !navigator.clipboard) { return; }
  var label = list.getAttribute("data-copy-label");
  var copied = list.getAttribute("data-copied-label");
  document.querySelectorAll(".bj-permalink").forEach(function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "bj-copy-link";
    button.textContent = label;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(link.href).then(function () {
        button.textContent = copied;
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
    // Beside the date and place, not inside the title: the heading stays the event's name alone.
    var item = link.closest("li");
    var meta = item && item.querySelector(".bj-event__meta, .bj-reaction__meta");
    (meta || link.parentNode).appendChild(button);
  });
})();
