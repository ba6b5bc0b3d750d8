{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{TRANSLATION_HREF}}" class="breadcrumbs__link">Oversættelse</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Versioner</li>
  </ol>
</nav>

<h1>Versioner af oversættelsen for {{UNIT_NAME}}</h1>
{{#NO_VERSIONS}}<p>Enheden har ingen versioner endnu.</p>{{/NO_VERSIONS}}
{{#VERSIONS}}
<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over versioner">
  <table class="table table--zebra">
    <caption class="sr-only">Oversættelsens versioner, nyeste først</caption>
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Status</th>
        <th scope="col">Dato</th>
        <th scope="col">Af</th>
        <th scope="col" class="portal-number">Temaer</th>
      </tr>
    </thead>
    <tbody>
      {{#ROW}}
      <tr>
        <td>{{#LINK}}<a href="{{HREF}}">Version {{NUMBER}}</a>{{/LINK}}{{#DRAFT_LINK}}{{#EDIT}}<a href="{{HREF}}">Kladde</a>{{/EDIT}}{{#NO_EDIT}}Kladde{{/NO_EDIT}}{{/DRAFT_LINK}}</td>
        <td>{{STATUS}}</td>
        <td>{{AT}}</td>
        <td>{{BY}}</td>
        <td class="portal-number">{{THEMES}}</td>
      </tr>
      {{/ROW}}
    </tbody>
  </table>
</div>
{{/VERSIONS}}
