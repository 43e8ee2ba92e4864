/* Rewrites what a reader types into the words the search index holds, before Material's search worker
 * sees the query:
 * 1. A document number in any spelling ("KL 21", "kl21", "kết luận số 21", "ket luan 21", "21-KL/TW",
 *    "Conclusion 21") becomes its one token and its number: "kl21^1 21^1". The index
 *    (scripts/search/index.py) adds the same token to every page that cites the number, and to the
 *    document's own page with a high boost. The kind and issuer words ("kết luận", "KL", "/TW") are dropped:
 *    the token says them, and with Material's wildcard "kl*" matched every Conclusion's number (so at 2,000
 *    documents Kết luận 21 fell out of the first 60 hits) and "tw*" nearly every page.
 * 2. Words match whole, except the last one, which the reader may still be typing: Material appends "*" to
 *    every word, and "^1" (boost 1, no change to the score) is the one form it leaves alone. In Vietnamese a
 *    word is one syllable, so "to*" found only other words ("toàn", "tổng") and made multi-word queries
 *    several times slower at 2,000 documents;
 *    English keeps the wildcard, to find plurals ("document" → "documents").
 * 3. A word typed in capitals ("TU", "HU", "BCT") is an abbreviation, matched whole in both languages.
 * 4. An article typed with one document number ("qđ 37 điều 13", "dieu 13 quy dinh 37", "Article 13
 *    Regulation 37") adds the article's token ("qd37d13"), which only that provision's own entry holds, so it
 *    ranks above the document's page and shows as the first result in the page's group.
 * Loaded before Material's bundle, so the worker it creates already goes through this. */
(function () {
  "use strict";
  var KINDS = {
    "kl": "kl", "ket luan": "kl", "conclusion": "kl",
    "qd": "qd", "quy dinh": "qd", "regulation": "qd",
    "kh": "kh", "ke hoach": "kh", "plan": "kh",
    "ct": "ct", "chi thi": "ct", "directive": "ct",
    "nq": "nq", "nghi quyet": "nq", "resolution": "nq",
    "hd": "hd", "huong dan": "hd", "guidance": "hd"
  };
  var names = Object.keys(KINDS).sort(function (a, b) { return b.length - a.length; })
    .map(function (k) { return k.replace(" ", "\\s+"); }).join("|");
  var NUMBER_FIRST = /(^|[^0-9a-z])(\d+)\s*-?\s*(kl|qd|kh|ct|nq|hd)(?:\s*\/\s*(?:tw|tu|hu))?(?![a-z])/g;
  var KIND_FIRST = new RegExp("(^|[^a-z])(" + names + ")\\s*(?:so\\s*|no\\.?\\s*)?(\\d+)(?!\\d)", "g");
  var ARTICLE = /(^|[^a-z])(?:dieu|article|art\.?)\s*(?:so\s*)?(\d+)(?!\d)/;
  var AFTER_ARTICLE = /(^|[^a-z])(?:dieu|article|art\.?)\s*(?:so\s*)?$/;

  /* One character in, one character out, so positions in the folded text match the original. */
  function foldChar(ch) {
    if (ch === "\u0111" || ch === "\u0110") return "d";
    return ch.normalize("NFD").charAt(0).toLowerCase();
  }

  function token(kind, number) {
    return KINDS[kind.replace(/\s+/g, " ")] + String(parseInt(number, 10));
  }

  /* The document numbers in a query ({start, end, token: "kl21", number: "21"}, positions in the characters
     of the query in NFC and in `folded`, the query without diacritics) and the article it names ("điều 13": the
     exec result, its number in [2]). Also window.searchQuery.parse, for the document finder
     (document-finder.js), which matches numbers as tokens: Lunr's syntax ("kl21^1") is normalise's alone. */
  function find(query) {
    var chars = Array.from(query.normalize("NFC"));
    var folded = chars.map(foldChar).join("");
    var spans = [];
    [[NUMBER_FIRST, 3, 2], [KIND_FIRST, 2, 3]].forEach(function (rule) {
      var pattern = rule[0], match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(folded)) !== null) {
        var start = match.index + match[1].length;
        var end = match.index + match[0].length;
        /* "điều 4 qđ 37": the 4 is the article's, not a number of a "qđ" */
        var articleNumber = rule[0] === NUMBER_FIRST && AFTER_ARTICLE.test(folded.slice(0, start));
        if (!articleNumber && !spans.some(function (s) { return start < s.end && end > s.start; }))
          spans.push({ start: start, end: end, token: token(match[rule[1]], match[rule[2]]), number: match[rule[2]] });
        pattern.lastIndex = Math.max(end, match.index + 1);
      }
    });
    return { chars: chars, folded: folded, spans: spans, article: ARTICLE.exec(folded) };
  }

  function normalise(query, lang) {
    var found = find(query), chars = found.chars, spans = found.spans.slice();
    spans.sort(function (a, b) { return b.start - a.start; });
    spans.forEach(function (s) {
      chars.splice(s.start, s.end - s.start, " " + s.token + "^1 " + s.number + " ");
    });
    var words = chars.join("").split(/\s+/).filter(Boolean);
    if (found.article && spans.length === 1)
      words.push(spans[0].token + "d" + String(parseInt(found.article[2], 10)) + "^1");
    var wholeWords = (lang || document.documentElement.lang) !== "en" && query.indexOf('"') < 0;
    return words.map(function (word, i) {
      /* A bare number must match whole: "4*" would also find 43 and 41 */
      if (/^\d+$/.test(word)) return word + "^1";
      /* A word in capitals is an abbreviation ("TU", "HU", "BCT"): whole, even typed last, or "tu*" ranks
         every "tự" and "Tum" above the pages that say "Tỉnh ủy" */
      if (/^[A-Z]{2,6}$/.test(word)) return word + "^1";
      if (wholeWords && i < words.length - 1 && !/[*^~:]|^[+-]/.test(word)) return word + "^1";
      return word;
    }).join(" ");
  }

  var QUERY = 2; /* Material's SearchMessageType.QUERY */
  function patch(WorkerClass) {
    if (!WorkerClass || WorkerClass.prototype.__searchQueryPatched) return;
    var post = WorkerClass.prototype.postMessage;
    WorkerClass.prototype.postMessage = function (message) {
      if (message && message.type === QUERY && typeof message.data === "string")
        arguments[0] = { type: QUERY, data: window.searchQuery.normalise(message.data) };
      return post.apply(this, arguments);
    };
    WorkerClass.prototype.__searchQueryPatched = true;
  }
  if (typeof Worker !== "undefined") patch(Worker);

  /* The index on demand: Material requests search_index.json as every page loads, then parses it and hands
     it to its worker on the main thread. The request waits until the reader opens the search (focus on the
     search field: a click, the icon, or the keys "/", "s", "f"), or until a page opened from a result
     highlights the words ("?h="): a reader who never searches saves the bytes on a weak connection, and
     the page its work (python3.11 scripts/cli.py benchmark pages). From file:// Material loads the index
     with a script tag instead, and nothing waits. */
  var waiting = [], wanted = /[?&]h=/.test(location.search);
  function load() {
    wanted = true;
    waiting.splice(0).forEach(function (request) { send.apply(request[0], request[1]); });
  }
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = /(^|\/)search\/search_index\.json$/.test(String(url).split("?")[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__searchIndex && !wanted) return void waiting.push([this, arguments]);
    return send.apply(this, arguments);
  };
  document.addEventListener("focusin", function (event) {
    if (!wanted && event.target.matches && event.target.matches("[data-md-component=search-query]")) load();
  });

  window.searchQuery = { normalise: normalise, parse: find, patch: patch, loadIndex: load };
})();
