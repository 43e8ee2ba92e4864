/* Reading controls: text size (A− / A / A+) and high contrast, remembered across pages (localStorage); and
 * the print button at the top of each page.
 * Loaded deferred; a few inline lines in overrides/main.html put the stored choice on <html> before the
 * page is drawn, this file wires the buttons, which are in
 * overrides/partials/reading-controls.html and the looks in docs/stylesheets/accessibility.css (screen
 * only: print is unchanged). */
(function () {
  "use strict";
  var SIZES = ["-1", "0", "1", "2", "3"];  /* steps; the stylesheet gives each one a scale */
  var SIZE_KEY = "reading.text-size";
  var CONTRAST_KEY = "reading.contrast";
  var root = document.documentElement;

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (error) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, value);
    } catch (error) { /* storage refused: the choice lasts for this page */ }
  }
  function size() {
    var value = root.getAttribute("data-text-size");
    return SIZES.indexOf(value) >= 0 ? value : "0";
  }

  function show() {
    var step = SIZES.indexOf(size());
    var high = root.getAttribute("data-contrast") === "high";
    var buttons = document.querySelectorAll("[data-reading]");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i], action = button.getAttribute("data-reading");
      if (action === "contrast") set(button, "aria-pressed", String(high));
      if (action === "default") set(button, "aria-pressed", String(size() === "0"));
      if (action === "smaller") set(button, "aria-disabled", String(step === 0));
      if (action === "larger") set(button, "aria-disabled", String(step === SIZES.length - 1));
    }
  }

  /* Only a real change touches the DOM: the inline lines in <head> have usually set <html> already, and
   * setting an attribute on <html> again, even to the same value, restyles the whole page (a long task
   * Lighthouse counts in Total Blocking Time). */
  function set(element, name, value) {
    if (element.getAttribute(name) === value) return;
    if (value === null) element.removeAttribute(name); else element.setAttribute(name, value);
  }

  function apply() {
    var stored = load(SIZE_KEY);
    set(root, "data-text-size", SIZES.indexOf(stored) >= 0 ? stored : "0");
    set(root, "data-contrast", load(CONTRAST_KEY) === "high" ? "high" : null);
    show();
  }

  function act(action) {
    var step = SIZES.indexOf(size());
    if (action === "smaller") step = Math.max(0, step - 1);
    if (action === "larger") step = Math.min(SIZES.length - 1, step + 1);
    if (action === "default") step = SIZES.indexOf("0");
    save(SIZE_KEY, SIZES[step] === "0" ? null : SIZES[step]);
    if (action === "contrast") save(CONTRAST_KEY, root.getAttribute("data-contrast") === "high" ? null : "high");
    apply();
  }

  apply();
  /* The print button at the top of the page (overrides/partials/actions.html) needs this script: it comes
   * hidden, for a reader without JavaScript, and is shown here. */
  var printers = document.querySelectorAll(".page-print");
  for (var i = 0; i < printers.length; i++) printers[i].hidden = false;
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var button = target && target.closest("[data-reading]");
    if (button) act(button.getAttribute("data-reading"));
    if (target && target.closest(".page-print")) window.print();
  });
  document.addEventListener("DOMContentLoaded", show);
  window.addEventListener("storage", apply);  /* a choice made in another tab */
  window.readingControls = { apply: apply, act: act };
})();
