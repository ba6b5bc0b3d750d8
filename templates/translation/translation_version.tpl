{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{VERSIONS_HREF}}" class="breadcrumbs__link">Versioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Version {{NUMBER}}</li>
  </ol>
</nav>

<h1>{{UNIT_NAME}}: oversættelsen, version {{NUMBER}}</h1>
<p class="font-lead">Udgivet {{PUBLISHED_AT}}{{#PUBLISHED_BY}} af {{NAME}}{{/PUBLISHED_BY}}.{{#IN_FORCE}} Det er den version, der gælder nu.{{/IN_FORCE}}{{#SUPERSEDED}} En nyere version gælder nu: <a href="{{TRANSLATION_HREF}}">se den gældende oversættelse</a>.{{/SUPERSEDED}}</p>
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
