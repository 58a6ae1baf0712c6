// The language switcher links to the same page in each edition; carry the record's anchor along,
// so /timeline/#event opens /nl/timeline/#event (ids are the same in every edition).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-edition-link]");
  if (link && location.hash) link.href = link.href.split("#")[0] + location.hash;
});
