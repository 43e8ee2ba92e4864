/* The "find a document" page: show the filter form (hidden without JavaScript, when the table is simply
 * sorted by date) and filter the table rows by type, issuer, year, term, status and what the reader types.
 * - A number typed in any spelling ("QĐ 37", "qd37", "quy định 37", "37-QĐ/TW", "Conclusion 14") matches the
 *   document with that number, read by the rewriter the site search uses (search-query.js, window.searchQuery
 *   .parse: the tokens "kl14", "qd37" that data-number holds; not normalise, whose Lunr query "kl14^1 14^1" the
 *   finder once read, so that since the "^1" came no number matched as a number).
 * - Every other word must appear in the row (number, title, subject, type, issuer, date, term, status), in any
 *   order, folded without diacritics ("dang vien khong duoc lam"); a word matches the start of a word of the
 *   row ("lam" → "làm"), a number matches a whole number ("5" → "05", not "52").
 * - The filters live in the address (?find=kl+14&type=ket-luan), so a filtered list can be shared: typing
 *   replaces the address (the first key after a committed change adds a history entry), a select adds one,
 *   and the back button restores the filters of the entry.
 * - No result: a hint says what to try, with a link that opens the site search with the same words
 *   (Material reads ?q=, which is why the finder's own parameter is "find").
 * - On a phone the selects are behind "More filters", open on a wide screen or when a filter is set. */
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
    var field = form.elements.find;
    var more = form.querySelector("details");
    var rows = Array.prototype.slice.call(finder.querySelectorAll("tbody tr")).map(function (row) {
      var cells = Array.prototype.map.call(row.cells, function (cell) { return cell.textContent; });
      return { row: row, words: words(cells.join(" ") + " " + row.dataset.number) };
    });
    var count = finder.querySelector(".document-finder__count");
    var none = finder.querySelector(".document-finder__none");
    var table = finder.querySelector("table");
    var search = none.querySelector("a");
    var typing = false;
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
    function address() {
      var params = new URLSearchParams();
      if (field.value.trim()) params.set("find", field.value);
      SELECTS.forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
      var query = params.toString();
      return location.pathname + (query ? "?" + query : "") + location.hash;
    }
    function remember(push) {
      var url = address();
      if (url === location.pathname + location.search + location.hash) return;
      try { history[push ? "pushState" : "replaceState"](null, "", url); } catch (error) { /* file:// */ }
    }
    function restore() {
      var params = new URLSearchParams(location.search);
      field.value = params.get("find") || "";
      SELECTS.forEach(function (name) {
        var select = form.elements[name], wanted = params.get(name) || "";
        select.value = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; }) ? wanted : "";
        if (select.value) more.open = true;
      });
      typing = false;
      apply();
    }
    form.hidden = false;
    more.open = window.matchMedia("(min-width: 45em)").matches;
    form.addEventListener("input", function (event) {
      apply();
      if (event.target !== field) return;
      remember(!typing);
      typing = true;
    });
    form.addEventListener("change", function (event) {
      if (event.target === field) typing = false;
      else { remember(true); typing = false; }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); typing = false; });
    window.addEventListener("popstate", restore);
    restore();
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".document-finder"), setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
