{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Oversættelse</li>
  </ol>
</nav>

<h1>{{UNIT_NAME}}: lokal oversættelse af ledelsesgrundlaget</h1>

{{#INHERITED}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Enheden har ingen egen oversættelse; her er {{SOURCE_GENITIVE}}</p>
    <p class="alert-text">Den nærmeste enhed over {{UNIT_NAME}} med en udgivet oversættelse er <a href="{{SOURCE_HREF}}">{{SOURCE_NAME}}</a>. Den gælder også her, indtil enheden udgiver sin egen.</p>
  </div>
</div>
{{/INHERITED}}

{{#NONE}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Der er ingen udgivet oversættelse</p>
    <p class="alert-text">Hverken {{UNIT_NAME}} eller enhederne over den har udgivet en lokal oversættelse endnu. Regionens fælles ledelsesgrundlag gælder.</p>
  </div>
</div>
{{/NONE}}

{{#EDITOR_TOOLS}}
<section aria-labelledby="work-heading" class="portal-section">
  <h2 id="work-heading">Arbejdet med oversættelsen</h2>
  {{#DRAFT}}<p><span class="badge badge-warning">Kladde</span> Der er en kladde, som ikke er udgivet. Senest gemt {{DRAFT_UPDATED}} af {{DRAFT_AUTHOR}}. Kun enhedens ledere, stedfortrædere, ledelseskæden, HR og koncernledelsen kan se den.</p>{{/DRAFT}}
  {{#NO_DRAFT}}<p>Der er ingen kladde.</p>{{/NO_DRAFT}}
  <ul class="nobullet-list">
    {{#CAN_EDIT}}<li><a class="button button-primary" href="{{EDIT_HREF}}">{{EDIT_LABEL}}</a></li>{{/CAN_EDIT}}
    <li><a href="{{VERSIONS_HREF}}">Alle versioner</a></li>
    <li><a href="{{MED_HREF}}">MED-drøftelser</a></li>
  </ul>
</section>
{{/EDITOR_TOOLS}}

{{#VERSION}}
<p class="font-lead">Version {{NUMBER}}, udgivet {{PUBLISHED_AT}}{{#PUBLISHED_BY}} af {{NAME}}{{/PUBLISHED_BY}}.</p>
{{#INTRODUCTION}}<div class="portal-markdown">{{INTRODUCTION_HTML:none}}</div>{{/INTRODUCTION}}
{{#THEME}}
<section aria-labelledby="theme-{{THEME_NUMBER}}-heading" class="portal-section">
  <h2 id="theme-{{THEME_NUMBER}}-heading">{{THEME_TITLE}}</h2>
  {{#VALUES}}<p>Værdier: {{#VALUE}}<span class="badge badge-info">{{LABEL}}</span>{{#VALUE_separator}} {{/VALUE_separator}}{{/VALUE}}</p>{{/VALUES}}
  {{#BULLETS}}<ul>{{#BULLET}}<li>{{TEXT}}</li>{{/BULLET}}</ul>{{/BULLETS}}
  {{#EMPLOYEES}}<h3>Det kan du forvente af os</h3>
  <div class="portal-markdown">{{TEXT_HTML:none}}</div>{{/EMPLOYEES}}
  {{#LEADERS}}<h3>Det forventer vi af dig</h3>
  <div class="portal-markdown">{{TEXT_HTML:none}}</div>{{/LEADERS}}
</section>
{{/THEME}}
{{/VERSION}}

{{#MED}}
<section aria-labelledby="med-heading" class="portal-section">
  <h2 id="med-heading">Drøftet i MED</h2>
  {{#NO_MED}}<p>Der er ikke registreret nogen drøftelse i MED.</p>{{/NO_MED}}
  <ul>
    {{#DISCUSSION}}<li>{{HELD_ON}}: {{COMMITTEE}}{{#VERSION_NUMBER}} (version {{NUMBER}}){{/VERSION_NUMBER}}{{#REMARKS}}. {{TEXT}}{{/REMARKS}}</li>{{/DISCUSSION}}
  </ul>
</section>
{{/MED}}
