{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item"><a href="{{HREF}}" class="breadcrumbs__link">{{NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Indberet</li>
  </ol>
</nav>
{{>ERROR_SUMMARY}}
<h1>Indberet: {{NAME}}</h1>
<p>Skriv periodens værdier i {{MEASURE_UNIT}}. {{THRESHOLDS}} En rød værdi skal have en årsag og en handling, før perioden er indberettet. Felter, du lader stå tomme, gemmes ikke.</p>
<form method="get" action="{{ACTION}}" class="portal-goal-period d-print-none">
  {{>PERIOD_FIELD}}
  <button type="submit" class="button button-secondary">Vis perioden</button>
</form>
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="period" value="{{PERIOD_CODE}}">
  <h2>{{PERIOD_LABEL}}</h2>
  {{#ROW}}
  <fieldset class="portal-goal-report-row">
    <legend class="h4">{{NAME}}</legend>
    {{#STORED}}<p class="portal-muted">Perioden har allerede en værdi. Retter du den, erstattes den gamle.</p>{{/STORED}}
    {{>VALUE_FIELD}}
    <details class="portal-goal-comment-fields"{{#CAUSE_OPEN}} open{{/CAUSE_OPEN}}>
      <summary>Årsag og handling</summary>
      {{>CAUSE_FIELD}}
      {{>ACTION_FIELD}}
    </details>
  </fieldset>
  {{/ROW}}
  <div class="portal-foundation-actions">
    <button type="submit" name="action" value="gem" class="button button-primary">Gem målingerne</button>
    <a href="{{HREF}}" class="button button-tertiary">Annullér</a>
  </div>
</form>
