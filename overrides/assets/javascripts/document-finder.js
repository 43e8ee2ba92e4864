/* The "find a document" page: show the filter form (hidden without JavaScript, when the table is simply
 * sorted by date) and filter the table rows by type, issuer, year, term, status and what the reader types.
 * - A number typed in any spelling ("QĐ 37", "qd37", "quy định 37", "37-QĐ/TW", "Conclusion 14") matches the
 *   document with that number, read by the rewriter the site search uses (search-query.js, window.searchQuery
 *   .parse: the tokens "kl14", "qd37" that data-number holds; not normalise, whose Lunr query "kl14^1 14^1" the
 *   finder once read, so that since the "^1" came no number matched as a number).
 * - Every other word must appear in the row (number, title, subject, type, issuer, date, term, status), in any
 *   order, folded without diacritics ("dang vien khong duoc lam"); a word matches the start of a word of the
 *   row ("lam" → "làm"), a number matches a whole number ("5" → "05", not "52").
 * - No result: a hint says what to try, with a link that opens the site search with the same words
 *   (Material reads ?q=). */
(function () {
  "use strict";
  var SELECTS = ["type", "issuer", "year", "term", "status"];
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d").toLowerCase();
  }
  function words(text) { return fold(text).split(/[^a-z0-9]+/).filter(Boolean); }
  /* The document numbers of a query as the site search reads them (search-query.js: "kết luận 14" → "kl14")
     and its other words, without the article it names ("điều 13 quy định 37": the finder lists documents) */
  function terms(query) {
    if (!window.searchQuery) return { numbers: [], words: words(query) };
    var found = window.searchQuery.parse(query), text = found.folded, last = text.length, cuts = found.spans.slice();
    if (found.article) cuts.push({ start: found.article.index + found.article[1].length,
                                   end: found.article.index + found.article[0].length });
    cuts.sort(function (a, b) { return b.start - a.start; }).forEach(function (cut) {
      if (cut.end <= last) text = text.slice(0, cut.start) + " " + text.slice(cut.end);
      last = Math.min(last, cut.start);
    });
    return { numbers: found.spans.map(function (span) { return span.token; }), words: words(text) };
  }
  function setup(finder) {
    var form = finder.querySelector("form");
    var field = form.elements.q;
    var rows = Array.prototype.slice.call(finder.querySelectorAll("tbody tr")).map(function (row) {
      var cells = Array.prototype.map.call(row.cells, function (cell) { return cell.textContent; });
      return { row: row, words: words(cells.join(" ") + " " + row.dataset.number) };
    });
    var count = finder.querySelector(".document-finder__count");
    var none = finder.querySelector(".document-finder__none");
    var table = finder.querySelector("table");
    var search = none.querySelector("a");
    function wordMatches(rowWords, word) {
      var number = /^\d+$/.test(word);
      return rowWords.some(function (w) { return number ? /^\d+$/.test(w) && +w === +word : w.indexOf(word) === 0; });
    }
    function apply() {
      var query = field.value.trim();
      var wanted = terms(query), shown = 0;
      rows.forEach(function (item) {
        var row = item.row;
        var ok = SELECTS.every(function (name) {
          var value = form.elements[name].value;
          return !value || row.dataset[name] === value;
        }) && (!wanted.numbers.length || wanted.numbers.indexOf(row.dataset.number) !== -1)
          && wanted.words.every(function (word) { return wordMatches(item.words, word); });
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = count.dataset[shown === 1 ? "one" : "template"].replace("{n}", shown);
      none.hidden = shown > 0;
      table.style.display = shown ? "" : "none";
      search.href = "?q=" + encodeURIComponent(query);
    }
    form.hidden = false;
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
