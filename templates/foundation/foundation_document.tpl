{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/ledelsesgrundlag" class="breadcrumbs__link">Ledelsesgrundlaget</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{CURRENT_TITLE}}</li>
  </ol>
</nav>

<h1>{{CURRENT_TITLE}}</h1>
<p class="portal-muted portal-foundation-meta">Version {{CURRENT_NUMBER}}, udgivet {{CURRENT_DATE}} af {{CURRENT_AUTHOR}}. <a href="{{VERSIONS_HREF}}">Alle versioner</a></p>

{{#EDITOR}}
<div class="alert alert-info portal-foundation-editor" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    {{#HAS_DRAFT}}
    <p class="alert-heading">Der er en kladde til dokumentet</p>
    <p class="alert-text">Senest gemt {{DRAFT_SAVED}} af {{DRAFT_AUTHOR}}. Kun redaktører kan se den; læserne ser den udgivne version herunder.</p>
    <p class="alert-text"><a href="{{EDIT_HREF}}">Rediger kladden</a></p>
    {{/HAS_DRAFT}}
    {{#NO_DRAFT}}
    <p class="alert-text">Du kan redigere dokumentet. Dine ændringer bliver en kladde, som kun redaktører ser, indtil du udgiver dem. <a href="{{EDIT_HREF}}">Rediger<span class="sr-only"> {{CURRENT_TITLE}}</span></a></p>
    {{/NO_DRAFT}}
  </div>
</div>
{{/EDITOR}}

<div class="portal-foundation-text">
  {{BODY_HTML:none}}
</div>

<nav class="portal-section portal-foundation-documents" aria-labelledby="documents-heading">
  <h2 id="documents-heading">Ledelsesgrundlagets dokumenter</h2>
  <ul>
    <li><a href="/ledelsesgrundlag">Overblik over ledelsesgrundlaget</a></li>
    {{#DOCUMENT_LINK}}
    <li>{{#LINK_CURRENT}}<span aria-current="page">{{LINK_TITLE}}</span>{{/LINK_CURRENT}}{{#LINK_OTHER}}<a href="{{LINK_HREF}}">{{LINK_TITLE}}</a>{{/LINK_OTHER}}</li>
    {{/DOCUMENT_LINK}}
  </ul>
</nav>
