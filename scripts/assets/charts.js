/* The explainer engine: interactive charts, as an enhancement only.
   Every chart is a static SVG that works without JavaScript. When a reader first points at,
   touches or tabs into a chart, this loads Vega from this site (never another host) and swaps in
   an interactive view with tooltips, following the light/dark palette. Vega runs with its
   expression interpreter, so no eval is needed and a strict Content-Security-Policy holds. */
(function () {
  "use strict";
  var script = document.currentScript;
  var assets = script.src.replace(/charts\.js(\?.*)?$/, "");
  var vendor = ["vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js",
                "vendor/vega-interpreter.global.js"];
  var loading = null;
  var configs = {};
  var formats = null;

  function loadScript(path) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = assets + path;
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function loadVega() {
    // In order: each bundle expects the one before it on window.
    loading = loading || vendor.reduce(function (chain, path) {
      return chain.then(function () { return loadScript(path); });
    }, Promise.resolve());
    return loading;
  }

  function scheme() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light";
  }

  // The same size as the static picture it replaces (the phone's or the desktop's), so nothing jumps.
  function size() {
    return window.matchMedia("(max-width: 599px)").matches ? "narrow" : "wide";
  }

  function config(mode, width) {
    var key = mode + "-" + width;
    configs[key] = configs[key] || fetch(assets + "charts/config-" + key + ".json").then(function (r) { return r.json(); });
    return configs[key];
  }

  // The edition's number and date formats (4.353, 6 januari), as the static pictures have them.
  function locale() {
    formats = formats || fetch(assets + "charts/locale.json").then(function (r) { return r.json(); });
    return formats;
  }

  function render(figure) {
    var canvas = figure.querySelector(".bj-chart__canvas");
    var mode = scheme();
    var width = size();
    var plot = (figure.dataset[width === "narrow" ? "plotNarrow" : "plotWide"] || "").split("x").map(Number);
    return Promise.all([fetch(figure.dataset.spec).then(function (r) { return r.json(); }), config(mode, width),
                        locale()])
      .then(function (loaded) {
        var spec = Object.assign({}, loaded[0], { config: loaded[1] });
        if (plot[0]) { spec.width = plot[0]; }
        if (plot[1]) { spec.height = plot[1]; }
        var live = canvas.querySelector(".bj-chart__live") || document.createElement("div");
        live.className = "bj-chart__live";
        live.setAttribute("role", "img");
        live.setAttribute("aria-label", figure.querySelector("img").alt);
        canvas.appendChild(live);
        return window.vegaEmbed(live, spec, {
          actions: false, renderer: "svg", ast: true, defaultStyle: false,
          formatLocale: loaded[2].format, timeFormatLocale: loaded[2].time,
          expr: window.vegaInterpreter.expressionInterpreter,
          tooltip: { theme: mode, disableDefaultStyle: true }
        }).then(function (result) {
          // The container is the image, named by the chart's description; the marks inside are not
          // separate images (the data table below serves keyboard and screen reader users).
          result.view.container().querySelector("svg").setAttribute("aria-hidden", "true");
          canvas.classList.add("bj-chart--live");
          figure.dataset.scheme = mode;
        });
      })
      .catch(function () { canvas.classList.remove("bj-chart--live"); }); // the static SVG stays
  }

  function enhance(event) {
    var figure = event.currentTarget;
    if (figure.dataset.live) { return; }
    figure.dataset.live = "1";
    loadVega().then(function () { return render(figure); });
  }

  document.querySelectorAll("figure.bj-chart[data-spec]").forEach(function (figure) {
    ["pointerenter", "touchstart", "focusin"].forEach(function (name) {
      figure.addEventListener(name, enhance, { passive: true });
    });
  });

  // Follow the palette toggle: re-render live charts in the new scheme.
  new MutationObserver(function () {
    document.querySelectorAll("figure.bj-chart[data-live]").forEach(function (figure) {
      if (figure.dataset.scheme && figure.dataset.scheme !== scheme()) { render(figure); }
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
