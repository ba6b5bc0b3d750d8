{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/ledelsesgrundlag" class="breadcrumbs__link">Ledelsesgrundlaget</a></li>
    <li class="breadcrumbs__list-item"><a href="{{DOCUMENT_HREF}}" class="breadcrumbs__link">{{CURRENT_TITLE}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{VERSIONS_HREF}}" class="breadcrumbs__link">Versioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Version {{NUMBER}}</li>
  </ol>
</nav>

<h1>{{TITLE}}</h1>
{{#VERSION_STATE}}
{{#IS_OLD}}
<div class="alert alert-warning portal-foundation-old" role="note" aria-label="Ikke den gældende version">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Dette er ikke den gældende version</p>
    <p class="alert-text">Du læser version {{NUMBER}}, udgivet {{DATE}} af {{AUTHOR}}. Den gældende version er version {{CURRENT_NUMBER}}, udgivet {{CURRENT_DATE}}.</p>
    <p class="alert-text"><a href="{{DOCUMENT_HREF}}">Læs den gældende version</a></p>
  </div>
</div>
{{/IS_OLD}}
{{#IS_CURRENT}}
<div class="alert alert-info" role="note" aria-label="Den gældende version">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-text">Dette er version {{NUMBER}}, udgivet {{DATE}} af {{AUTHOR}}. Det er den gældende version.</p>
  </div>
</div>
{{/IS_CURRENT}}
{{/VERSION_STATE}}

<div class="portal-foundation-text">
  {{BODY_HTML:none}}
</div>

<ul class="portal-foundation-version-links">
  {{#VERSION_STATE}}{{#HAS_PREVIOUS}}<li><a href="{{COMPARE_HREF}}">Se, hvad der blev ændret i version {{NUMBER}}</a></li>{{/HAS_PREVIOUS}}{{/VERSION_STATE}}
  <li><a href="{{VERSIONS_HREF}}">Alle versioner</a></li>
</ul>
