/* The "find a document" page: show the filter form (hidden without JavaScript, when the table is simply
 * sorted by date) and filter the table rows by type, issuer, year, term, status and a typed number or name.
 * A number typed in any spelling ("QĐ 37", "qd37", "quy định 37", "37-QĐ/TW") matches through the same
 * rewriter the site search uses (search-query.js). */
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d").toLowerCase();
  }
  function compact(text) { return fold(text).replace(/[^a-z0-9]+/g, ""); }
  function setup(finder) {
    var form = finder.querySelector("form");
    var rows = Array.prototype.slice.call(finder.querySelectorAll("tbody tr"));
    var count = finder.querySelector(".document-finder__count");
    form.hidden = false;
    function apply() {
      var query = form.elements.q.value.trim();
      var rewritten = window.searchQuery ? window.searchQuery.normalise(query) : query;
      var numbers = rewritten.split(/\s+/).filter(function (t) { return /^(kl|qd|kh|ct|nq|hd)\d+$/.test(t); });
      var shown = 0;
      rows.forEach(function (row) {
        var ok = ["type", "issuer", "year", "term", "status"].every(function (name) {
          var wanted = form.elements[name].value;
          return !wanted || row.dataset[name] === wanted;
        });
        if (ok && query) {
          ok = numbers.length ? numbers.indexOf(row.dataset.number) !== -1
                              : compact(row.dataset.text).indexOf(compact(query)) !== -1;
        }
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = count.dataset.template.replace("{n}", shown);
    }
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".document-finder"), setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
