{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{TITLE}}</li>
  </ol>
</nav>
<h1>{{TITLE}}</h1>
{{#PICTURE}}{{#BODY}}<div class="portal-goal-ambition">{{HTML:none}}</div>{{/BODY}}{{/PICTURE}}
<p class="portal-muted">Version {{VERSION}}, udgivet {{PUBLISHED}}. <a href="{{VERSIONS_HREF}}" class="d-print-none">Tidligere versioner</a>{{#EDIT}} · <a href="{{HREF}}" class="d-print-none">Rediger målbilledet</a>{{/EDIT}}</p>
{{>GOALS_LEGEND}}
<p class="portal-print-only">Udskrevet {{PRINTED}}.</p>
<h2>Strategispor og indikatorer</h2>
{{#PICTURE}}
<p class="portal-muted">{{COUNTS}}</p>
{{>GOALS_TRACKS}}
{{/PICTURE}}
