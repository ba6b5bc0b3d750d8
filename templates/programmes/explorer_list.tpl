{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Explorer: indstillinger og ansøgninger</li>
  </ol>
</nav>
<h1>Explorer: indstillinger og ansøgninger</h1>
<p class="font-lead">Explorer er for medarbejdere med lyst til ledelse. Lederen indstiller, eller medarbejderen søger, og lederen godkender.</p>
<p class="d-print-none">
  <a href="/udvikling/explorer/ansoeg" class="button button-secondary">Søg selv om Explorer</a>
  {{#CAN_NOMINATE}}<a href="/udvikling/explorer/indstil" class="button button-primary">Indstil en medarbejder</a>{{/CAN_NOMINATE}}
</p>

{{#WAITING}}
<section aria-labelledby="venter" class="portal-section">
  <h2 id="venter">Venter på dit svar</h2>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Ansøgninger, der venter på dit svar">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Ansøgninger til Explorer, der venter på dit svar, de ældste først</caption>
      <thead><tr><th scope="col">Medarbejder</th><th scope="col">Enhed</th><th scope="col">Søgt</th><th scope="col">Begrundelse</th></tr></thead>
      <tbody>
        {{#ENTRY}}
        <tr>
          <td data-label="Medarbejder"><a href="{{HREF}}">{{NAME}}</a></td>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Søgt">{{CREATED}}</td>
          <td data-label="Begrundelse" class="portal-preserve-lines">{{MOTIVATION:pre_escape}}</td>
        </tr>
        {{/ENTRY}}
      </tbody>
    </table>
  </div>
</section>
{{/WAITING}}
{{#NONE_WAITING}}<p>Ingen ansøgninger venter på dit svar.</p>{{/NONE_WAITING}}

{{#DECIDED}}
<section aria-labelledby="afgjort" class="portal-section">
  <h2 id="afgjort">Indstillet og afgjort i dine enheder</h2>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Indstillet og afgjort">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Indstillinger og afgjorte ansøgninger i de enheder, du er leder for, de nyeste først</caption>
      <thead><tr><th scope="col">Medarbejder</th><th scope="col">Enhed</th><th scope="col">Hvordan</th><th scope="col">Status</th></tr></thead>
      <tbody>
        {{#ENTRY}}
        <tr>
          <td data-label="Medarbejder"><a href="{{HREF}}">{{NAME}}</a></td>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Hvordan">{{SOURCE}} {{CREATED}}{{#NOMINATOR}}, {{NAME}}{{/NOMINATOR}}</td>
          <td data-label="Status"><span class="badge badge-small {{STATUS_CLASS}}">{{STATUS}}</span>{{#DECIDED}} {{WHEN}}{{/DECIDED}}{{#PLAN}} · <a href="{{HREF}}">plan</a>{{/PLAN}}</td>
        </tr>
        {{/ENTRY}}
      </tbody>
    </table>
  </div>
</section>
{{/DECIDED}}

{{#MINE}}
<section aria-labelledby="mine" class="portal-section">
  <h2 id="mine">Dine egne ansøgninger</h2>
  <ul>
    {{#ENTRY}}<li><a href="{{HREF}}">Ansøgning {{CREATED}}</a>: <span class="badge badge-small {{STATUS_CLASS}}">{{STATUS}}</span>{{#DECIDED}} {{WHEN}}{{/DECIDED}}{{#PLAN}} · <a href="{{HREF}}">din plan</a>{{/PLAN}}</li>{{/ENTRY}}
  </ul>
</section>
{{/MINE}}
