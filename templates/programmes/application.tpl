{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling/ansoegninger" class="breadcrumbs__link">Ansøgninger</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>Ansøgning fra {{NAME}}</h1>
    <p class="portal-muted">Til <a href="{{COHORT_HREF}}">{{COHORT_NAME}}</a> ({{DATES}})</p>
    <dl class="portal-facts">
      <dt>Status</dt><dd><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span></dd>
      <dt>Enhed</dt><dd>{{UNIT}}</dd>
      <dt>Sendt</dt><dd>{{SUBMITTED}}</dd>
      <dt>Godkendes af</dt><dd>{{SIGNERS}}</dd>
      {{#SIGNOFF}}<dt>{{WHAT}}</dt><dd>{{WHEN}}</dd>{{/SIGNOFF}}
      {{#DECISION}}<dt>{{WHAT}}</dt><dd>{{WHEN}}{{#REASON}}<br><span class="portal-preserve-lines">{{TEXT:pre_escape}}</span>{{/REASON}}</dd>{{/DECISION}}
    </dl>
    {{#SIGNOFF_COMMENT}}
    <section aria-labelledby="kommentar" class="portal-section">
      <h2 id="kommentar" class="h3">Lederens kommentar</h2>
      <p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>
    </section>
    {{/SIGNOFF_COMMENT}}

    <section aria-labelledby="motivation" class="portal-section">
      <h2 id="motivation" class="h3">Motivation</h2>
      <p class="portal-preserve-lines">{{MOTIVATION:pre_escape}}</p>
    </section>

    <section aria-labelledby="forberedelse" class="portal-section">
      <h2 id="forberedelse" class="h3">Forberedelse</h2>
      <div id="checklist" class="{{#CHECKLIST_ERROR}}form-error{{/CHECKLIST_ERROR}}"{{#CHECKLIST_ERROR}} aria-describedby="checklist-error"{{/CHECKLIST_ERROR}}>
        {{#CHECKLIST_ERROR}}<p class="form-error-message" id="checklist-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</p>{{/CHECKLIST_ERROR}}
        <ol>
          {{#ITEM}}<li>{{TEXT}} <span class="badge {{DONE_CLASS}}">{{DONE}}</span>{{#NOTE}}<br><span class="portal-muted">Note: {{TEXT}}</span>{{/NOTE}}</li>{{/ITEM}}
        </ol>
      </div>
    </section>

    {{#CAN_EDIT}}<p class="d-print-none"><a href="{{HREF}}" class="button button-primary">Ret og send igen</a></p>{{/CAN_EDIT}}
    {{#CAN_WITHDRAW}}
    <form method="post" action="{{ACTION_BASE}}/traek-tilbage" class="d-print-none">
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      <button type="submit" class="button button-tertiary">Træk ansøgningen tilbage</button>
    </form>
    {{/CAN_WITHDRAW}}

    {{#SIGN_OFF}}
    <section aria-labelledby="godkendelse" class="portal-section d-print-none">
      <h2 id="godkendelse" class="h3">Din godkendelse som leder</h2>
      {{#SIGNOFF_CONFLICT}}<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">{{MESSAGE}}</p></div></div>{{/SIGNOFF_CONFLICT}}
      {{#NOT_DONE}}<p>Ikke alle punkter i forberedelsen er krydset af. Send ansøgningen tilbage med en kommentar om, hvad der mangler.</p>{{/NOT_DONE}}
      <form method="post" action="{{ACTION_BASE}}/godkendelse" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>COMMENT_FIELD}}
        <button type="submit" name="step" value="signoff" class="button button-primary">Godkend forberedelsen</button>
        <button type="submit" name="step" value="return" class="button button-secondary">Send tilbage til ansøgeren</button>
      </form>
    </section>
    {{/SIGN_OFF}}

    {{#DECIDE}}
    <section aria-labelledby="afgoerelse" class="portal-section d-print-none">
      <h2 id="afgoerelse" class="h3">Koncern HR's afgørelse</h2>
      <p>{{SEATS}}.</p>
      {{#DECISION_CONFLICT}}<div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-text">{{MESSAGE}}</p></div></div>{{/DECISION_CONFLICT}}
      <form method="post" action="{{ACTION_BASE}}/afgoerelse" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>REASON_FIELD}}
        <button type="submit" name="step" value="admit" class="button button-primary">Optag på holdet</button>
        <button type="submit" name="step" value="reject" class="button button-secondary">Afslå</button>
      </form>
    </section>
    {{/DECIDE}}
  </div>
</div>
