{{%AUTOESCAPE context="HTML"}}
<h1>Udviklingsforløb</h1>
<p class="font-lead">Regionens tilbud om lederudvikling: forløbene for nye, delte og erfarne ledere og for medarbejdere med lyst til ledelse, og de kurser, der fortsætter.</p>
<p><a href="/min-udvikling">Se dine egne forløb og frister under Min udvikling</a></p>
{{#CAN_MAINTAIN}}<p class="d-print-none"><a href="/udvikling/forloeb/ny" class="button button-secondary">Nyt forløb</a></p>{{/CAN_MAINTAIN}}

<ul class="nobullet-list portal-programmes">
  {{#PROGRAMME}}
  <li class="portal-programme">
    <h2 class="h3"><a href="{{HREF}}">{{NAME}}</a></h2>
    <p class="portal-muted">{{KIND}}{{#DURATION}} · {{TEXT}}{{/DURATION}}</p>
    <p>{{SUMMARY}}</p>
    {{#BADGES}}<p>{{#MANDATORY}}<span class="badge badge-small">Obligatorisk</span> {{/MANDATORY}}{{#CLOSED}}<span class="badge badge-small">Lukket for tilmelding</span> {{/CLOSED}}{{#ENROLLED}}<span class="badge badge-small badge-success">Du er tilmeldt</span>{{/ENROLLED}}</p>{{/BADGES}}
  </li>
  {{/PROGRAMME}}
</ul>

{{#ARCHIVED_LIST}}
<section aria-labelledby="arkiverede" class="portal-section">
  <h2 id="arkiverede" class="h3">Arkiverede forløb</h2>
  <ul>{{#ARCHIVED}}<li><a href="{{HREF}}">{{NAME}}</a></li>{{/ARCHIVED}}</ul>
</section>
{{/ARCHIVED_LIST}}
