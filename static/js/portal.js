/*
 * Ledelsesportalen: progressive enhancement only. Every page and form works without this file.
 * Loaded with `defer` after dkfds.min.js, so the DOM is parsed and window.DKFDS exists.
 * No inline scripts or style attributes anywhere (the Content-Security-Policy forbids them).
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js-enabled');

  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    // Mobile menu drawer, error summary focus and links, tables and so on.
    window.DKFDS.init();
  }

  // The dkfds error summary focuses itself; without one, a general form error (alert) is
  // focused so that screen readers read it first.
  if (!document.querySelector('[data-module="error-summary"]')) {
    var formError = document.querySelector('[data-portal-focus]');
    if (formError) {
      formError.focus();
    }
  }

  // The dialogue session's card view: the arrow keys go to the previous and next card, as on a
  // presentation remote (outside text fields, where the arrows move the cursor).
  var slideLinks = document.querySelectorAll('[data-slide-key]');
  if (slideLinks.length > 0) {
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) {
        return;
      }
      for (var s = 0; s < slideLinks.length; s++) {
        if (slideLinks[s].getAttribute('data-slide-key') === event.key) {
          event.preventDefault();
          window.location.href = slideLinks[s].href;
          return;
        }
      }
    });
  }

  // Prevent a second submit while the first is under way (double-clicked "Log ind").
  var forms = document.querySelectorAll('form[method="post"]');
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener('submit', function (event) {
      var form = event.currentTarget;
      if (form.getAttribute('data-submitting') === 'true') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-submitting', 'true');
    });
  }
})();
