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

  // The activity form's responsible person: the people whose name matches what is typed fill the
  // top of the list as one types (the "Find person" button does the same without JavaScript).
  var search = document.querySelector('[data-person-search]');
  var select = document.getElementById('responsible_person');
  var searchInput = document.getElementById('responsible_search');
  var searchStatus = document.getElementById('responsible-search-status');
  if (search && select && searchInput && window.fetch) {
    var timer = null;
    var group = document.createElement('optgroup');
    group.label = 'Fundet ved søgning';
    var showFound = function (people, text) {
      while (group.firstChild) {
        group.removeChild(group.firstChild);
      }
      for (var p = 0; p < people.length; p++) {
        var option = document.createElement('option');
        option.value = String(people[p].id);
        option.textContent = people[p].name + ', ' + people[p].title + (people[p].unit ? ' (' + people[p].unit + ')' : '');
        group.appendChild(option);
      }
      if (people.length > 0 && !group.parentNode) {
        select.insertBefore(group, select.options[1] || null);
      } else if (people.length === 0 && group.parentNode) {
        group.parentNode.removeChild(group);
      }
      if (people.length === 1) {
        select.value = String(people[0].id);
      }
      if (searchStatus) {
        searchStatus.textContent = people.length === 0
          ? 'Ingen aktive personer hedder noget med „' + text + '“.'
          : (people.length === 1 ? '1 person fundet' : people.length + ' personer fundet') + ' – vælg i listen Person.';
      }
    };
    searchInput.addEventListener('input', function () {
      window.clearTimeout(timer);
      var text = searchInput.value.trim();
      if (text.length < 2) {
        return;
      }
      timer = window.setTimeout(function () {
        window.fetch('/api/v1/personer?q=' + encodeURIComponent(text), { credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : { people: [] }; })
          .then(function (body) {
            if (searchInput.value.trim() === text) {
              showFound(body.people || [], text);
            }
          })
          .catch(function () { /* the "Find person" button still works */ });
      }, 250);
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
