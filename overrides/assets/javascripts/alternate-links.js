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
