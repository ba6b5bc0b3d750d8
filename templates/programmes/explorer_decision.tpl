{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="/udvikling/explorer/indstillinger" class="breadcrumbs__link">Explorer: indstillinger og ansøgninger</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{#REFUSED}}<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-heading">Ikke gemt</p><p class="alert-text">{{MESSAGE}}</p></div></div>{{/REFUSED}}
    <h1>{{TITLE}}</h1>
    <dl class="portal-facts">
      <dt>Medarbejder</dt><dd>{{NAME}}, {{UNIT}}</dd>
      <dt>Status</dt><dd><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span>{{#DECIDED}} {{WHEN}}{{/DECIDED}}</dd>
      <dt>Sendt</dt><dd>{{CREATED}}</dd>
      {{#NOMINATOR}}<dt>Indstillet af</dt><dd>{{NAME}}</dd>{{/NOMINATOR}}
      {{#APPLICATION}}<dt>Afgøres af</dt><dd>{{LEADERS}} ({{LEADER_UNIT}})</dd>{{/APPLICATION}}
      <dt>Begrundelse</dt><dd class="portal-preserve-lines">{{MOTIVATION:pre_escape}}</dd>
      {{#REASON}}<dt>Lederens begrundelse for afslaget</dt><dd class="portal-preserve-lines">{{TEXT:pre_escape}}</dd>{{/REASON}}
    </dl>
    {{#PLAN}}<p><a href="{{HREF}}">Den personlige plan</a></p>{{/PLAN}}

    {{#DECIDE}}
    <section aria-labelledby="afgoer" class="portal-section d-print-none">
      <h2 id="afgoer">Dit svar</h2>
      <form method="post" action="{{ACTION_BASE}}/godkend">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        <button type="submit" class="button button-primary">Godkend og optag</button>
      </form>
      <h3 class="h4">Afvis</h3>
      <form method="post" action="{{ACTION_BASE}}/afvis" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>REASON_FIELD}}
        <button type="submit" class="button button-secondary">Afvis ansøgningen</button>
      </form>
    </section>
    {{/DECIDE}}
  </div>
</div>
