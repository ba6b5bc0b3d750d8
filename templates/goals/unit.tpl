{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{UNIT}}</li>
  </ol>
</nav>
<h1>Målbilleder for {{UNIT}}</h1>
<p class="font-lead">De indikatorer, enheden ejer, og dem, enheden bliver målt på.</p>
{{#HAS_TO_REPORT}}<div class="alert alert-warning" role="status"><div class="alert-body"><p class="alert-text">{{TO_REPORT}} mangler indberetning eller kommentarer for den seneste periode.</p></div></div>{{/HAS_TO_REPORT}}
{{#NONE}}<p>Enheden ejer ingen indikatorer og bliver ikke målt på nogen.</p>{{/NONE}}
<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Enhedens indikatorer">
  <table class="table table--compact portal-stack">
    <caption class="sr-only">Enhedens indikatorer med seneste værdi, mål og indberetning</caption>
    <thead><tr><th scope="col">Indikator</th><th scope="col">Enhedens rolle</th><th scope="col">Seneste værdi</th><th scope="col">Status</th><th scope="col">Mål</th><th scope="col">Indberetning</th></tr></thead>
    <tbody>
      {{#ROW}}
      <tr>
        <th scope="row" data-label="Indikator"><a href="{{HREF}}">{{NAME}}</a></th>
        <td data-label="Enhedens rolle">{{ROLE}}</td>
        {{#LATEST}}<td data-label="Seneste værdi">{{VALUE}}<br><span class="portal-muted">{{PERIOD}}, {{WHOSE}}</span></td>
        <td data-label="Status">{{#COLOUR}}<span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{/COLOUR}}</td>{{/LATEST}}
        {{#NO_VALUES}}<td data-label="Seneste værdi">Ingen målinger endnu</td><td data-label="Status">–</td>{{/NO_VALUES}}
        <td data-label="Mål">{{TARGET}}</td>
        <td data-label="Indberetning">
          {{#OWNED}}
          {{#REPORTED}}{{DUE}}: indberettet{{/REPORTED}}
          {{#NOT_REPORTED}}<span class="portal-goal-flag">{{DUE}}: ikke indberettet</span>
          <ul class="portal-goal-open">{{#MISSING}}<li>Mangler værdi: {{TEXT}}</li>{{/MISSING}}{{#UNCOMMENTED}}<li>Rød uden kommentar: {{TEXT}}</li>{{/UNCOMMENTED}}</ul>{{/NOT_REPORTED}}
          {{#REPORT}}<a href="{{HREF}}" class="d-print-none">Indberet</a>{{/REPORT}}
          {{/OWNED}}
        </td>
      </tr>
      {{/ROW}}
    </tbody>
  </table>
</div>
{{#ADD_LOCAL}}<p class="d-print-none"><a href="{{HREF}}" class="button button-secondary">Tilføj en lokal indikator</a></p>{{/ADD_LOCAL}}
<p><a href="{{ORGANISATION_HREF}}">Enheden i organisationen</a></p>
