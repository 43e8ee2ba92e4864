/* Material 9.8 looks for a sitemap.xml beside every <link rel="alternate" hreflang> in the head, to map a
 * click on another language's link to the same page in that language. This site's head links are each
 * page's own twin, absolute (scripts/rendering/language_links.py), so Material would ask for /<page>/sitemap.xml on
 * every page (a 404), and from file:// ask the published host; and its language switch already leads to the
 * same page by itself. So those look-ups are cancelled before they are sent: Material treats a cancelled
 * request as "no sitemap" and leaves links alone. (Only navigation.instant, not used here, reads a
 * sitemap in the browser.) The head links stay, for search engines. */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var SITEMAP = /\/sitemap\.xml$/;

  XMLHttpRequest.prototype.open = function (method, url) {
    var path = "";
    try { path = new URL(String(url), location.href).pathname; } catch (error) { /* not a URL */ }
    this.__sitemapLookup = SITEMAP.test(path);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.__sitemapLookup) return send.apply(this, arguments);
    var request = this;
    setTimeout(function () { request.dispatchEvent(new ProgressEvent("abort")); }, 0);
  };
})();

/* The language switch keeps the reader's place: when the other language is chosen, its link gets the id of the
 * section being read: the anchor the reader followed while it is still in the top fifth of the window, else
 * the heading (or timeline mark) nearest above the line a fifth of the way down the window. Translated
 * pages give their headings the Vietnamese ids (scripts/generate/translations.py) and the timeline's marks
 * are the same in both languages, but generated headings are named in each language ("#luoc-do",
 * "#relation-diagram"); both editions have the same headings in the same order, so the heading's position
 * goes along in sessionStorage, and the other page goes to the heading at that position when the id is not
 * there. Not scrolled or above the first section, the switch leads to the top of the page. */
(function () {
  "use strict";
  var KEY = "alternate.heading";
  var HEADINGS = ".md-content :is(h2, h3, h4, h5, h6)[id]";

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest(".md-select__link:not([aria-current])");
    if (!link) return;
    var line = window.innerHeight / 5, here = null, top = -Infinity;
    var followed = location.hash && document.getElementById(location.hash.slice(1));
    var followedTop = followed ? followed.getBoundingClientRect().top : -Infinity;
    document.querySelectorAll(HEADINGS + ", .timeline-chart [id]:is(g, text)").forEach(function (element) {
      var box = element.getBoundingClientRect();  /* a hidden one has no box */
      if (box.height && box.top <= line && box.top >= top) { here = element; top = box.top; }
    });
    if (followedTop > -10 && followedTop <= line) here = followed;
    if (!window.scrollY) here = null;  /* not scrolled: the top of the page */
    link.href = link.href.split("#")[0] + (here ? "#" + here.id : "");
    try {
      sessionStorage.setItem(KEY, here ? here.id + " " + [].indexOf.call(document.querySelectorAll(HEADINGS), here) : "");
    } catch (error) { /* storage refused: the id alone goes along */ }
  }, true);

  var saved = "";
  try { saved = sessionStorage.getItem(KEY) || ""; sessionStorage.removeItem(KEY); } catch (error) { /* none */ }
  saved = saved.split(" ");
  if (location.hash === "#" + saved[0] && !document.getElementById(saved[0])) {
    var heading = document.querySelectorAll(HEADINGS)[saved[1]];
    if (heading) location.replace("#" + heading.id);
  }
})();
