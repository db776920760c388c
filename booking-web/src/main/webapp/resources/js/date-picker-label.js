// Names every date picker's calendar button in the page's language. Below 576 px PrimeFaces 15 draws the
// button anew without the aria-label it gives it on a wider screen, which leaves a screen reader a button
// without a name (axe-core's rule button-name, WCAG 4.1.2); on a wider screen that label is English on the
// Chinese pages too. The text comes from the page: <body data-choose-date>.
(function () {
  function name() {
    var text = document.body && document.body.dataset.chooseDate;
    if (!text) return;
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
      if (button.getAttribute('aria-label') !== text) button.setAttribute('aria-label', text);
    });
  }
  // Date pickers are drawn at load, after Ajax updates and when the window crosses 576 px.
  new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', name);
})();
