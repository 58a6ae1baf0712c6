/* The explainer engine: timeline filters that combine a category with a place, as an enhancement.
   Without JavaScript each chip is a link to #only-..., and CSS shows that one filter. With it, one
   category and one place can be chosen together, and the line above the list says what it shows.
   The words come from the page (data-showing, data-all, data-count), so they follow its language. */
(function () {
  "use strict";
  var nav = document.querySelector(".bj-filters[data-showing]");
  var list = document.querySelector(".bj-timeline");
  if (!nav || !list) { return; }
  var live = list.querySelector(".bj-filtered-note--live");
  var chosen = { category: null, place: null };

  function label(dimension) {
    var chip = nav.querySelector('[data-filter="' + dimension + '"][data-value="' + chosen[dimension] + '"]');
    return chip ? chip.textContent.trim() : null;
  }

  function apply() {
    var shown = 0;
    list.querySelectorAll(".bj-event").forEach(function (event) {
      var match = (!chosen.category || event.dataset.category === chosen.category) &&
                  (!chosen.place || event.dataset.place === chosen.place);
      event.hidden = !match;
      if (match) { shown += 1; }
    });
    list.querySelectorAll(".bj-day, .bj-period").forEach(function (group) {
      group.hidden = !group.querySelector(".bj-event:not([hidden])");
    });
    nav.querySelectorAll("[data-filter]").forEach(function (chip) {
      chip.setAttribute("aria-pressed", String(chosen[chip.dataset.filter] === chip.dataset.value));
    });
    var what = [label("category"), label("place")].filter(Boolean);
    live.hidden = what.length === 0;
    live.textContent = "";
    if (what.length) {
      live.append(nav.dataset.showing.replace("{what}", what.join(", ")) + " " +
                  nav.dataset.count.replace("{count}", shown) + ". ");
      var all = document.createElement("a");
      all.href = "#timeline";
      all.textContent = nav.dataset.all;
      all.addEventListener("click", function (click) { click.preventDefault(); chosen = { category: null, place: null }; apply(); });
      live.append(all);
    }
  }

  nav.querySelectorAll("[data-filter]").forEach(function (chip) {
    chip.setAttribute("role", "button");
    chip.addEventListener("click", function (click) {
      click.preventDefault();
      var dimension = chip.dataset.filter;
      chosen[dimension] = chosen[dimension] === chip.dataset.value ? null : chip.dataset.value;
      apply();
    });
  });

  // A link to #only-category-x or #only-place-y (shared, or from a page without JavaScript) becomes the same choice.
  var start = /^#only-(category|place)-(.+)$/.exec(window.location.hash);
  if (start) {
    chosen[start[1]] = start[2];
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  document.documentElement.classList.add("bj-filters-live");
  apply();
})();
