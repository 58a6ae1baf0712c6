// A long page (the timeline, sources, reactions, casualties) is split into parts: an old permalink (page/#record-id) finds its part
// through assets/<page>-parts.json and moves there. Without JavaScript the page lists the parts.
(function () {
  var nav = document.querySelector("[data-parts-map]");
  var id = decodeURIComponent(location.hash.slice(1));
  if (!nav || !id || document.getElementById(id)) return;
  var map = new URL(nav.getAttribute("data-parts-map"), location.href);
  fetch(map).then(function (response) { return response.ok ? response.json() : {}; }).then(function (parts) {
    if (parts[id]) location.replace(new URL(parts[id] + "#" + encodeURIComponent(id), new URL("../", map)).href);
  });
})();
