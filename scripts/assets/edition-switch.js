// The editions of this page. Search engines read the hreflang links in the page's head; the theme's
// script would fetch a sitemap from each of those absolute addresses (another host on a preview),
// so they are taken out of the document before it runs. The language switcher links to the same
// page in each edition already; this carries the record's anchor along, so /timeline/#event
// opens /nl/timeline/#event (ids are the same in every edition).
document.querySelectorAll("link[rel=alternate][hreflang]").forEach((link) => link.remove());
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-edition-link]");
  if (link && location.hash) link.href = link.href.split("#")[0] + location.hash;
});
