{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PICTURE_HREF}}" class="breadcrumbs__link">{{PICTURE_TITLE}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PICTURE_HREF}}#{{TRACK_ANCHOR}}" class="breadcrumbs__link">{{TRACK_TITLE}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
{{>ERROR_SUMMARY}}
<h1>{{NAME}}</h1>
<p class="portal-muted">Strategispor: {{TRACK_TITLE}}{{#LOCAL}} · Lokal indikator for {{UNIT}}{{/LOCAL}}{{#LEADERS_ONLY}} · Kun for ledere{{/LEADERS_ONLY}}</p>
{{#ARCHIVED}}<div class="alert alert-warning" role="status"><div class="alert-body"><p class="alert-text">Indikatoren blev arkiveret {{AT}}. Den vises ikke på Målbilleder og modtager ikke flere målinger, men dens historik er bevaret.</p></div></div>{{/ARCHIVED}}

<div class="portal-goal-keyfacts">
  <dl>
    {{#LATEST}}
    <dt>Seneste værdi</dt>
    <dd><strong class="portal-goal-value">{{VALUE}}</strong> <span class="portal-muted">({{PERIOD}}{{#ROLLED_UP}}, samlet fra enhederne{{/ROLLED_UP}})</span></dd>
    <dt>Status</dt>
    <dd><span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{#STREAK}} – <strong class="portal-goal-streak">{{TEXT}}</strong>{{/STREAK}}</dd>
    <dt>Udvikling</dt>
    <dd><span class="portal-trend portal-trend-{{TREND_CODE}}"><span aria-hidden="true">{{TREND_ARROW}}</span> {{TREND}}</span></dd>
    {{/LATEST}}
    {{#NO_VALUES}}<dt>Seneste værdi</dt><dd>Ingen målinger endnu</dd>{{/NO_VALUES}}
    <dt>Mål</dt>
    <dd>{{TARGET}}</dd>
    <dt>Indberetning for {{DUE}}</dt>
    <dd>{{#REPORTED}}Indberettet{{/REPORTED}}{{#NOT_REPORTED}}<span class="portal-goal-flag">Ikke indberettet</span>
      <ul class="portal-goal-open">
        {{#MISSING}}<li>Mangler værdi: {{TEXT}}</li>{{/MISSING}}
        {{#UNCOMMENTED}}<li>Rød uden kommentar: {{TEXT}}</li>{{/UNCOMMENTED}}
      </ul>{{/NOT_REPORTED}}</dd>
  </dl>
  <p class="portal-goal-actions d-print-none">
    {{#REPORT}}<a href="{{HREF}}" class="button button-primary">Indberet målinger</a>{{/REPORT}}
    {{#EDIT}}<a href="{{HREF}}" class="button button-secondary">Rediger indikatoren</a>{{/EDIT}}
  </p>
</div>

<section class="portal-section" aria-labelledby="diagram">
  <h2 id="diagram">Kørselsdiagram: {{SHOWN}}</h2>
  {{#NO_SERIES}}<p>Der er ingen målinger for {{SHOWN}} endnu.</p>{{/NO_SERIES}}
  {{#SERIES}}
  <p>Diagrammet viser {{COUNT}} med medianen ({{MEDIAN}}) og målet. Punkter i et skift eller en trend er vist som ruder: de tyder på en reel ændring og ikke tilfældig variation.</p>
  <figure class="portal-chart-scroll">{{CHART:none}}</figure>
  <h3>Signaler i forløbet</h3>
  {{#NO_SIGNALS}}<p>Ingen skift eller trends: variationen ligner tilfældig variation omkring medianen.</p>{{/NO_SIGNALS}}
  <ul>{{#SIGNAL}}<li>{{TEXT}} ({{FROM}} – {{TO}})</li>{{/SIGNAL}}</ul>
  <details class="portal-goal-data" open>
    <summary>Tallene bag diagrammet</summary>
    <p class="d-print-none">Hent tallene som <a href="{{CSV_HREF}}">CSV</a> eller <a href="{{XLSX_HREF}}">Excel (XLSX)</a>, også for hver enhed.</p>
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Målinger for {{SHOWN}}">
      <table class="table table--compact portal-stack">
        <caption class="sr-only">Målinger for {{SHOWN}}, nyeste først</caption>
        <thead><tr><th scope="col">Periode</th><th scope="col">Værdi</th><th scope="col">Status</th><th scope="col">Signal</th><th scope="col">Kommentarer</th></tr></thead>
        <tbody>
          {{#POINT}}
          <tr id="{{ANCHOR}}">
            <th scope="row" data-label="Periode">{{PERIOD}}</th>
            <td data-label="Værdi">{{VALUE}}{{#ROLLED_UP}} <span class="portal-muted">(samlet)</span>{{/ROLLED_UP}}</td>
            <td data-label="Status">{{#COLOUR}}<span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{/COLOUR}}{{#NEEDS_COMMENT}}<br><span class="portal-goal-flag">Mangler kommentar</span>{{/NEEDS_COMMENT}}</td>
            <td data-label="Signal">{{#IN_SIGNAL}}Del af et skift eller en trend{{/IN_SIGNAL}}</td>
            <td data-label="Kommentarer">{{#COMMENTS}}<a href="#kommentarer">{{TEXT}}</a>{{/COMMENTS}}</td>
          </tr>
          {{/POINT}}
        </tbody>
      </table>
    </div>
  </details>
  {{/SERIES}}
</section>

{{#BREAKDOWN}}
<section class="portal-section" aria-labelledby="enheder">
  <h2 id="enheder">Fordelt på enheder</h2>
  <p>Hver enheds seneste værdi. En enhed uden egen måling får værdien samlet fra enhederne under den. Vælg en enhed for at se dens kørselsdiagram.</p>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Indikatoren fordelt på enheder">
    <table class="table table--compact portal-stack portal-goal-breakdown">
      <caption class="sr-only">Seneste værdi pr. enhed i organisationens rækkefølge, og om den er målt eller samlet fra enhederne under</caption>
      <thead><tr><th scope="col">Enhed</th><th scope="col">Seneste værdi</th><th scope="col">Status</th><th scope="col">Udvikling</th><th scope="col">Forløb</th></tr></thead>
      <tbody>
        {{#ROW}}
        <tr>
          <th scope="row" data-label="Enhed" class="portal-goal-depth-{{DEPTH}}"><a href="{{HREF}}"{{#SELECTED}} aria-current="true"{{/SELECTED}}>{{NAME}}</a>{{#SELECTED}} <span class="portal-muted">(vist)</span>{{/SELECTED}}<br><span class="portal-muted">{{KIND}}</span></th>
          {{#LATEST}}
          <td data-label="Seneste værdi">{{VALUE}}<br><span class="portal-muted">{{PERIOD}}</span></td>
          <td data-label="Status">{{#COLOUR}}<span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{/COLOUR}}</td>
          <td data-label="Udvikling"><span class="portal-trend portal-trend-{{TREND_CODE}}"><span aria-hidden="true">{{TREND_ARROW}}</span> {{TREND}}</span></td>
          <td data-label="Forløb" class="portal-sparkline">{{SPARKLINE:none}}</td>
          {{/LATEST}}
          {{#NO_VALUE}}<td data-label="Seneste værdi">Ingen målinger</td><td data-label="Status">–</td><td data-label="Udvikling">–</td><td data-label="Forløb"></td>{{/NO_VALUE}}
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>
</section>
{{/BREAKDOWN}}

<section class="portal-section" aria-labelledby="om-indikatoren">
  <h2 id="om-indikatoren">Om indikatoren</h2>
  <dl class="portal-goal-definition">
    <dt>Definition</dt><dd class="portal-preserve-lines">{{DEFINITION:pre_escape}}</dd>
    <dt>Måleenhed</dt><dd>{{MEASURE_UNIT}}</dd>
    <dt>Retning</dt><dd>{{DIRECTION}}</dd>
    <dt>Grænser</dt><dd>{{THRESHOLDS}}</dd>
    {{#PLAUSIBLE}}<dt>Mulige værdier</dt><dd>{{TEXT}}</dd>{{/PLAUSIBLE}}
    <dt>Frekvens</dt><dd>{{FREQUENCY}}</dd>
    <dt>Opdeling</dt><dd>{{BREAKDOWN}}{{#ROLLUP}} ({{TEXT}}){{/ROLLUP}}</dd>
    <dt>Ejerenhed</dt><dd>{{#OWNER_LINK}}<a href="{{HREF}}">{{OWNER_UNIT}}</a> <span class="portal-muted">(enhedens indikatorer og indberetning)</span>{{/OWNER_LINK}}{{#OWNER_GONE}}{{OWNER_UNIT}}{{/OWNER_GONE}}</dd>
    <dt>Ejer</dt><dd>{{OWNER_PERSON}}</dd>
    <dt>Datakilde</dt><dd>{{DATA_SOURCE}}</dd>
  </dl>
</section>

<section class="portal-section" aria-labelledby="kommentarer">
  <h2 id="kommentarer">Kommentarer</h2>
  <p>Årsager og handlinger til værdierne, nyeste først. Historikken bliver ved indikatoren.</p>
  {{#NO_COMMENTS}}<p>Der er ingen kommentarer endnu.</p>{{/NO_COMMENTS}}
  {{#COMMENT}}
  <article class="portal-goal-comment">
    <h3 class="h5">{{PERIOD}} <span class="portal-muted">{{UNIT}}</span></h3>
    <p><strong>Årsag:</strong> <span class="portal-preserve-lines">{{CAUSE:pre_escape}}</span></p>
    <p><strong>Handling:</strong> <span class="portal-preserve-lines">{{ACTION:pre_escape}}</span></p>
    <p class="portal-muted">{{AUTHOR}}, {{AT}}</p>
  </article>
  {{/COMMENT}}
  {{#COMMENT_FORM}}
  <h3>Skriv en kommentar</h3>
  {{>ERROR_SUMMARY}}
  <form method="post" action="{{ACTION}}" class="d-print-none" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    {{>PERIOD_FIELD}}
    {{>UNIT_FIELD}}
    {{>CAUSE_FIELD}}
    {{>ACTION_FIELD}}
    <button type="submit" class="button button-secondary">Gem kommentar</button>
  </form>
  {{/COMMENT_FORM}}
</section>

<section class="portal-section" aria-labelledby="arbejder-paa">
  <h2 id="arbejder-paa">Det arbejder på indikatoren</h2>
  {{#NO_LINKS}}<p>Der er endnu ingen indsatser eller beslutninger knyttet til indikatoren.</p>{{/NO_LINKS}}
  <ul>{{#LINK}}<li>{{KIND}}: <a href="{{HREF}}">{{TITLE}}</a>{{#NOTE}} <span class="portal-muted">({{TEXT}})</span>{{/NOTE}}</li>{{/LINK}}</ul>
</section>
