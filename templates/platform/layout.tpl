{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>{{PAGE_TITLE}} – Ledelsesportalen</title>
  <link rel="icon" type="image/svg+xml" href="/static/favicon.svg?v={{ASSET_VERSION}}">
  <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css?v={{ASSET_VERSION}}">
  <link rel="stylesheet" href="/static/css/portal.css?v={{ASSET_VERSION}}">
  <noscript><link rel="stylesheet" href="/static/css/noscript.css?v={{ASSET_VERSION}}"></noscript>
  <script src="/static/dkfds/js/dkfds.min.js?v={{ASSET_VERSION}}" defer></script>
  <script src="/static/js/portal.js?v={{ASSET_VERSION}}" defer></script>
</head>
<body>
  <a class="skipnav" href="#main-content">Gå til sideindhold</a>

  <header class="header">
    <div class="portal-info">
      <div class="portal-info-inner container">
        <a href="/" class="portal-brand">Region Midtjylland</a>
        {{#SIGNED_IN}}
        <button type="button" class="function-link button-menu-open js-menu-open ml-auto d-print-none" aria-haspopup="dialog"><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#menu"></use></svg>Menu</button>
        <div class="portal-user">
          <p class="user"><span class="portal-user-name">{{USER_NAME}}</span>, <span class="portal-user-roles">{{USER_ROLES}}</span></p>
          {{#HEADER_LINK}}<a href="{{HREF}}" class="function-link portal-header-link d-print-none"{{#LINK_CURRENT}} aria-current="page"{{/LINK_CURRENT}}><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#{{ICON}}"></use></svg>{{LABEL}}{{#HAS_COUNT}} <span class="portal-count">{{COUNT}}<span class="sr-only"> {{COUNT_LABEL}}</span></span>{{/HAS_COUNT}}</a>
          {{/HEADER_LINK}}
          <a href="/min-profil" class="function-link portal-profile-link d-print-none"{{#PROFILE_CURRENT}} aria-current="page"{{/PROFILE_CURRENT}}><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#person"></use></svg>Min profil</a>
          <form method="post" action="/log-ud" class="portal-logout d-print-none">
            <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
            <button type="submit" class="function-link log-off"><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#lock"></use></svg>Log ud</button>
          </form>
        </div>
        {{/SIGNED_IN}}
        {{#SIGNED_OUT}}
        <div class="portal-user portal-user-signed-out d-print-none">
          <a href="/log-ind" class="function-link log-on"><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#lock"></use></svg>Log ind</a>
        </div>
        {{/SIGNED_OUT}}
      </div>
    </div>

    <div class="solution-info">
      <div class="solution-info-inner container">
        <div class="solution-heading">
          <a href="/">Ledelsesportalen</a>
        </div>
        <div class="additional-info">
          <p><strong class="authority-name">Region Midtjylland</strong></p>
          <p>Den midtjyske ledelsesmodel</p>
        </div>
      </div>
    </div>

    {{#SIGNED_IN}}
    <div class="navigation-menu">
      <div class="navigation-menu-inner container">
        <nav class="nav" aria-label="Hovedmenu">
          <ul class="mainmenu">
            {{#NAV_ITEM}}
            <li{{#NAV_ACTIVE}} class="active current"{{/NAV_ACTIVE}}><a href="{{HREF}}" class="nav-link"{{#NAV_CURRENT}} aria-current="page"{{/NAV_CURRENT}}><span>{{LABEL}}</span></a></li>
            {{/NAV_ITEM}}
          </ul>
        </nav>
      </div>
    </div>

    <div class="overlay"></div>
    <div class="mobile-drawer" role="dialog" aria-modal="true" aria-labelledby="menu-heading">
      <div class="menu-top">
        <h2 id="menu-heading" class="menu-heading">Menu</h2>
        <button type="button" class="function-link button-menu-close js-menu-close" aria-label="Luk menu"><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#close"></use></svg>Luk</button>
      </div>
      <nav class="navigation-menu-mobile" aria-label="Hovedmenu (mobil)">
        <ul class="mainmenu">
          {{#NAV_ITEM}}
          <li{{#NAV_ACTIVE}} class="active current"{{/NAV_ACTIVE}}><a href="{{HREF}}" class="nav-link"{{#NAV_CURRENT}} aria-current="page"{{/NAV_CURRENT}}><span>{{LABEL}}</span></a></li>
          {{/NAV_ITEM}}
        </ul>
      </nav>
      <div class="solution-info-mobile">
        <p class="mb-2"><strong class="authority-name">Region Midtjylland</strong></p>
        <p>Den midtjyske ledelsesmodel</p>
      </div>
      <div class="portal-info-mobile">
        <p class="user"><span>{{USER_NAME}}</span><span>{{USER_ROLES}}</span></p>
        {{#HEADER_LINK}}<a href="{{HREF}}" class="function-link portal-header-link"{{#LINK_CURRENT}} aria-current="page"{{/LINK_CURRENT}}><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#{{ICON}}"></use></svg>{{LABEL}}{{#HAS_COUNT}} <span class="portal-count">{{COUNT}}<span class="sr-only"> {{COUNT_LABEL}}</span></span>{{/HAS_COUNT}}</a>
        {{/HEADER_LINK}}
        <a href="/min-profil" class="function-link portal-profile-link"{{#PROFILE_CURRENT}} aria-current="page"{{/PROFILE_CURRENT}}><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#person"></use></svg>Min profil</a>
        <form method="post" action="/log-ud" class="portal-logout">
          <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
          <button type="submit" class="function-link log-off"><svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#lock"></use></svg>Log ud</button>
        </form>
      </div>
    </div>
    {{/SIGNED_IN}}
  </header>

  <div class="container page-container">
    {{#SECTION_NAV}}
    <div class="row">
      <div class="col-12 col-lg-3 portal-section-nav d-print-none">
        <nav aria-label="{{SECTION_LABEL}}">
          <ul class="sidemenu">
            {{#SECTION_ITEM}}
            <li{{#SECTION_ACTIVE}} class="active current"{{/SECTION_ACTIVE}}><a href="{{HREF}}" class="nav-link"{{#SECTION_CURRENT}} aria-current="page"{{/SECTION_CURRENT}}><span>{{LABEL}}</span></a></li>
            {{/SECTION_ITEM}}
          </ul>
        </nav>
      </div>
      <div class="col-12 col-lg-9">
    {{/SECTION_NAV}}
    <main id="main-content" class="page-main" tabindex="-1">
      {{#FLASH}}
      <div class="alert alert-{{FLASH_KIND}} portal-flash" role="status">
        <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#{{FLASH_KIND}}"></use></svg>
        <div class="alert-body">
          <p class="alert-text">{{FLASH_MESSAGE}}</p>
        </div>
      </div>
      {{/FLASH}}
      {{>CONTENT}}
    </main>
    {{#SECTION_NAV}}
      </div>
    </div>
    {{/SECTION_NAV}}
  </div>

  <footer>
    <div class="footer">
      <div class="container">
        <div class="row">
          <div class="col-12 col-md-6 footer-col">
            <p class="footer-heading"><strong>Ledelsesportalen</strong></p>
            <p>Et fælles sted for ledere og medarbejdere i Region Midtjylland om god ledelse.</p>
          </div>
          <div class="col-12 col-md-6 footer-col">
            <ul class="unstyled-list inline-list portal-footer-links">
              <li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li>
              <li><a href="mailto:ledelsesportal@rm.dk">Kontakt: ledelsesportal@rm.dk</a></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
  </footer>
</body>
</html>
