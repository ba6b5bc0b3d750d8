{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item"><a href="{{HREF}}" class="breadcrumbs__link">{{TITLE}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Versioner</li>
  </ol>
</nav>
<h1>Versioner af {{TITLE}}</h1>
<p>Hver udgivet version gemmes og kan læses, som den var. Strategisporene beholder deres identitet på tværs af versioner, så indikatorerne følger med.</p>
<table class="table table--compact">
  <caption class="sr-only">Udgivne versioner, nyeste først, med det, hver version ændrede</caption>
  <thead><tr><th scope="col">Version</th><th scope="col">Udgivet</th><th scope="col">Af</th><th scope="col">Ændringer</th></tr></thead>
  <tbody>
    {{#VERSION}}<tr><th scope="row"><a href="{{HREF}}">Version {{NUMBER}}</a>{{#CURRENT}} (gældende){{/CURRENT}}</th><td>{{PUBLISHED}}</td><td>{{BY}}</td><td><ul class="portal-goal-changes">{{#CHANGE}}<li>{{TEXT}}</li>{{/CHANGE}}</ul></td></tr>{{/VERSION}}
  </tbody>
</table>
