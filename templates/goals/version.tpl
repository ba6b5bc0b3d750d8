{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item"><a href="{{HREF}}" class="breadcrumbs__link">{{TITLE}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{VERSIONS_HREF}}" class="breadcrumbs__link">Versioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Version {{NUMBER}}</li>
  </ol>
</nav>
<h1>{{TITLE}} <span class="portal-muted">– version {{NUMBER}}</span></h1>
<p class="portal-muted">Udgivet {{PUBLISHED}} af {{BY}}.</p>
<div class="portal-goal-ambition">{{BODY_HTML:none}}</div>
<h2>Strategispor</h2>
<ol class="portal-goal-track-list">
  {{#TRACK}}<li><strong>{{TITLE}}</strong><p class="portal-preserve-lines">{{DESCRIPTION:pre_escape}}</p></li>{{/TRACK}}
</ol>
