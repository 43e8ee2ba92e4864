/* An abbreviation's meaning (QĐ: Quy định, KH/HU: Kế hoạch / Huyện ủy) on a tap or on keyboard focus: a phone
 * has no hover, so the title of <abbr> alone showed nothing there. scripts/rendering/abbreviations.py keeps
 * one explained use of each abbreviation per page, outside links where it can, and makes it focusable.
 * Nothing is done as the page loads (Material's content.tooltips, which set up every abbreviation then,
 * stays off): one listener per event on the document, and one shared box, made when first needed (in
 * <main>, a landmark), put under the abbreviation and named by its aria-describedby while shown. It closes
 * on a tap elsewhere, when focus leaves and on Escape. In a link, a tap follows the link. */
(function () {
  "use strict";
  var tip, shown = null;

  function hide() {
    if (shown) shown.removeAttribute("aria-describedby");
    if (tip) tip.hidden = true;
    shown = null;
  }

  function open(event) {
    var element = event.target instanceof Element && event.target.closest("abbr[title]");
    if (!element || element.closest("a")) return event.type === "focusin" || hide();
    if (element === shown) return;
    hide();
    if (!tip) {
      tip = (document.querySelector("main") || document.body).appendChild(document.createElement("span"));
      tip.id = tip.className = "abbr-tip";
      tip.setAttribute("role", "tooltip");
    }
    tip.textContent = element.title;
    tip.style.left = "0";  /* measured at full width, wherever it was last */
    tip.hidden = false;
    var box = element.getBoundingClientRect();
    var room = document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.top = box.bottom + window.scrollY + 4 + "px";
    tip.style.left = Math.max(8, Math.min(box.left, room)) + window.scrollX + "px";
    element.setAttribute("aria-describedby", tip.id);
    shown = element;
  }

  document.addEventListener("click", open);
  document.addEventListener("focusin", open);
  document.addEventListener("focusout", function (event) { if (event.target === shown) hide(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
