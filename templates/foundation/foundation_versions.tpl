{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/ledelsesgrundlag" class="breadcrumbs__link">Ledelsesgrundlaget</a></li>
    <li class="breadcrumbs__list-item"><a href="{{DOCUMENT_HREF}}" class="breadcrumbs__link">{{CURRENT_TITLE}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Versioner</li>
  </ol>
</nav>

<h1>Versioner af {{CURRENT_TITLE}}</h1>
<p class="font-lead">Alle udgivne versioner af dokumentet ({{VERSION_COUNT}}), den nyeste først. Version {{CURRENT_NUMBER}} er den gældende. Hver version kan læses, som den blev udgivet, og sammenlignes med den forrige.</p>

<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over versioner">
  <table class="table table--zebra portal-foundation-versions">
    <caption class="sr-only">Udgivne versioner af {{CURRENT_TITLE}}</caption>
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Udgivet</th>
        <th scope="col">Udgivet af</th>
        <th scope="col">Titel</th>
        <th scope="col">Ændringer fra den forrige</th>
      </tr>
    </thead>
    <tbody>
      {{#VERSION}}
      <tr>
        <th scope="row"><a href="{{VERSION_HREF}}">Version {{NUMBER}}</a>{{#VERSION_STATE}}{{#IS_CURRENT}} <span class="badge badge-success">Gældende</span>{{/IS_CURRENT}}{{/VERSION_STATE}}</th>
        <td>{{DATE}}</td>
        <td>{{AUTHOR}}</td>
        <td>{{TITLE}}</td>
        <td>{{#VERSION_STATE}}{{#HAS_PREVIOUS}}<a href="{{COMPARE_HREF}}">Se ændringerne<span class="sr-only"> i version {{NUMBER}}</span></a>{{/HAS_PREVIOUS}}{{/VERSION_STATE}}</td>
      </tr>
      {{/VERSION}}
    </tbody>
  </table>
</div>

<p><a href="{{DOCUMENT_HREF}}">Tilbage til den gældende version</a></p>
