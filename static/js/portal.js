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
  // presentation remote (outside text fields, where the arrows move the cursor). The "Fuld skærm"
  // button (hidden without JavaScript, where the browser's own full screen, F11, does the same) gives
  // the cards the whole screen of a meeting room; in full screen the next card is fetched and put in
  // place of the current one, because loading a new page would leave full screen.
  var slide = document.querySelector('.portal-slide');
  if (slide) {
    var setUpFullscreen = function () {
      var button = slide.querySelector('[data-fullscreen]');
      if (!button || !document.fullscreenEnabled) {
        return;
      }
      button.hidden = false;
      button.textContent = document.fullscreenElement ? 'Forlad fuld skærm' : 'Fuld skærm';
      button.addEventListener('click', function () {
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else {
          document.documentElement.requestFullscreen();
        }
      });
    };
    var goTo = function (href) {
      if (!document.fullscreenElement || !window.fetch || !window.DOMParser) {
        window.location.href = href;
        return;
      }
      window.fetch(href, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error('status')); })
        .then(function (html) {
          var page = new window.DOMParser().parseFromString(html, 'text/html');
          var next = page.querySelector('.portal-slide');
          if (!next) {
            window.location.href = href;
            return;
          }
          slide.innerHTML = next.innerHTML;
          document.title = page.title;
          window.history.pushState(null, '', href);
          setUpFullscreen();
        })
        .catch(function () { window.location.href = href; });
    };
    document.addEventListener('fullscreenchange', function () {
      var button = slide.querySelector('[data-fullscreen]');
      if (button) {
        button.textContent = document.fullscreenElement ? 'Forlad fuld skærm' : 'Fuld skærm';
      }
    });
    window.addEventListener('popstate', function () { window.location.reload(); });
    setUpFullscreen();
    slide.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[data-slide-key]') : null;
      if (link && document.fullscreenElement) {
        event.preventDefault();
        goTo(link.href);
      }
    });
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) {
        return;
      }
      var links = slide.querySelectorAll('[data-slide-key]');
      for (var s = 0; s < links.length; s++) {
        if (links[s].getAttribute('data-slide-key') === event.key) {
          event.preventDefault();
          goTo(links[s].href);
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
