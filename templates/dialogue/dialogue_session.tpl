{{%AUTOESCAPE context="HTML"}}
{{#CAN_EDIT}}
{{#ERROR_SUMMARY}}
<div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <h2 class="alert-heading" id="error-summary-heading">Der er problemer med det, du har udfyldt</h2>
    <ul class="alert-text nobullet-list">
      {{#ERROR_ITEM}}<li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>{{/ERROR_ITEM}}
    </ul>
  </div>
</div>
{{/ERROR_SUMMARY}}
{{#FORM_ERROR}}
<div class="alert alert-error" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Ændringen blev ikke gemt</p>
    <p class="alert-text">{{MESSAGE}}</p>
    {{#CONFLICT}}<p class="alert-text"><a href="{{CURRENT_HREF}}" target="_blank" rel="noopener">Se sessionen, som den er nu (åbner i et nyt vindue)</a></p>{{/CONFLICT}}
  </div>
</div>
{{/FORM_ERROR}}
{{/CAN_EDIT}}

<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_SESSIONS_HREF}}" class="breadcrumbs__link">Dialogsessioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{SESSION_TITLE}}</li>
  </ol>
</nav>

<h1>{{SESSION_TITLE}}</h1>
<dl class="portal-facts">
  <dt>Dato</dt><dd>{{SESSION_PLANNED_ON}}</dd>
  <dt>Status</dt><dd>{{#SESSION_STATE}}{{#SESSION_HELD}}Afholdt {{SESSION_HELD_ON}}{{/SESSION_HELD}}{{#SESSION_PLANNED}}Planlagt, ikke afholdt endnu{{/SESSION_PLANNED}}{{/SESSION_STATE}}</dd>
  <dt>Deltagere</dt><dd>{{SESSION_PARTICIPANTS}}</dd>
</dl>

<p class="d-print-none"><a href="{{PRESENT_HREF}}" class="button button-primary">Vis kortene i fuld skærm</a></p>

<section aria-labelledby="cards-heading" class="portal-section">
  <h2 id="cards-heading">Sessionens {{CARD_TOTAL}} kort</h2>
  <ol class="portal-session-cards">
    {{#SESSION_CARD}}
    <li class="portal-dialogue-card{{#CARD_IS_CASE}} portal-dialogue-case{{/CARD_IS_CASE}}">
      <h3 class="h4"><a href="{{SLIDE_HREF}}">{{CARD_TITLE}}</a></h3>
      <p class="portal-card-meta"><span class="badge">{{CARD_KIND}}</span> om {{CARD_TOPIC}}</p>
      <div class="portal-markdown">{{CARD_BODY_HTML:none}}</div>
    </li>
    {{/SESSION_CARD}}
  </ol>
</section>

<section aria-labelledby="aftaler" class="portal-section">
  <h2 id="aftaler" tabindex="-1">Aftaler</h2>
  {{#NO_AGREEMENTS}}<p>Der er ikke skrevet nogen aftaler endnu.</p>{{/NO_AGREEMENTS}}
  <ul class="portal-agreements">
    {{#AGREEMENT}}
    <li id="aftale-{{AGREEMENT_ID}}">
      <span class="portal-agreement-text portal-preserve-lines">{{AGREEMENT_TEXT}}</span>
      {{#AGREEMENT_ACTIVITY}}
      <span class="portal-agreement-activity">Aktivitet i planen: <a href="{{ACTIVITY_HREF}}">{{ACTIVITY_TITLE}}</a>, {{ACTIVITY_PLANNED_ON}} <span class="badge badge-small">{{ACTIVITY_STATUS}}</span></span>
      {{/AGREEMENT_ACTIVITY}}
      {{#AGREEMENT_CONVERT}}
      <a href="{{CONVERT_HREF}}" class="portal-inline-form d-print-none">Gør til aktivitet<span class="sr-only"> i planen: "{{AGREEMENT_TEXT}}"</span></a>
      {{/AGREEMENT_CONVERT}}
      {{#AGREEMENT_REMOVE}}
      <form method="post" action="{{REMOVE_ACTION}}" class="portal-inline-form d-print-none">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="function-link">Fjern<span class="sr-only"> aftalen "{{AGREEMENT_TEXT}}"</span></button>
      </form>
      {{/AGREEMENT_REMOVE}}
    </li>
    {{/AGREEMENT}}
  </ul>
  {{#CAN_EDIT}}
  <form method="post" action="{{AGREEMENT_ACTION}}" class="d-print-none" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <div class="form-group{{#AGREEMENT_ERROR}} form-error{{/AGREEMENT_ERROR}}">
      <label class="form-label" for="agreement">Ny aftale</label>
      <span class="form-hint" id="agreement-hint">Hvad har I aftalt, og hvem gør hvad? Højst {{MAX_AGREEMENT}} tegn.</span>
      {{#AGREEMENT_ERROR}}<span class="form-error-message" id="agreement-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/AGREEMENT_ERROR}}
      <textarea id="agreement" name="agreement" class="form-input" rows="3" aria-describedby="agreement-hint{{#AGREEMENT_ERROR}} agreement-error{{/AGREEMENT_ERROR}}"{{#AGREEMENT_ERROR}} aria-invalid="true"{{/AGREEMENT_ERROR}}>{{AGREEMENT_VALUE:pre_escape}}</textarea>
    </div>
    <button type="submit" class="button button-secondary">Gem aftalen</button>
  </form>
  {{/CAN_EDIT}}
</section>

{{#NOTES}}
<section aria-labelledby="notes-heading" class="portal-section">
  <h2 id="notes-heading">Noter fra sessionen</h2>
  <div class="portal-markdown">{{NOTES_HTML:none}}</div>
</section>
{{/NOTES}}

{{#CAN_EDIT}}
<section aria-labelledby="record-heading" class="portal-section d-print-none">
  <h2 id="record-heading">Sessionens oplysninger</h2>
  <form method="post" action="{{SESSION_ACTION}}" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="revision" value="{{REVISION}}">

    <div class="form-group{{#TITLE_ERROR}} form-error{{/TITLE_ERROR}}">
      <label class="form-label" for="title">Titel</label>
      {{#TITLE_ERROR}}<span class="form-error-message" id="title-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TITLE_ERROR}}
      <input type="text" id="title" name="title" class="form-input input-width-xl" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    </div>

    <div class="form-group{{#PLANNED_ON_ERROR}} form-error{{/PLANNED_ON_ERROR}}">
      <label class="form-label" for="planned_on">Planlagt dato</label>
      {{#PLANNED_ON_ERROR}}<span class="form-error-message" id="planned_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PLANNED_ON_ERROR}}
      <input type="date" id="planned_on" name="planned_on" class="form-input input-width-s" value="{{PLANNED_ON_VALUE}}" min="2020-01-01" max="2035-12-31"{{#PLANNED_ON_ERROR}} aria-invalid="true" aria-describedby="planned_on-error"{{/PLANNED_ON_ERROR}}>
    </div>

    <div class="form-group{{#PARTICIPANTS_ERROR}} form-error{{/PARTICIPANTS_ERROR}}">
      <label class="form-label" for="participants">Deltagere</label>
      {{#PARTICIPANTS_ERROR}}<span class="form-error-message" id="participants-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PARTICIPANTS_ERROR}}
      <textarea id="participants" name="participants" class="form-input" rows="2"{{#PARTICIPANTS_ERROR}} aria-invalid="true" aria-describedby="participants-error"{{/PARTICIPANTS_ERROR}}>{{PARTICIPANTS_VALUE:pre_escape}}</textarea>
    </div>

    <div class="form-group">
      <div class="form-group-checkbox">
        <input type="checkbox" id="held" name="held" value="1" class="form-checkbox"{{#HELD_CHECKED}} checked{{/HELD_CHECKED}}>
        <label for="held">Sessionen er holdt</label>
      </div>
    </div>

    <div class="form-group{{#HELD_ON_ERROR}} form-error{{/HELD_ON_ERROR}}">
      <label class="form-label" for="held_on">Holdt den</label>
      <span class="form-hint" id="held_on-hint">Bruges kun, når sessionen er markeret som holdt.</span>
      {{#HELD_ON_ERROR}}<span class="form-error-message" id="held_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/HELD_ON_ERROR}}
      <input type="date" id="held_on" name="held_on" class="form-input input-width-s" value="{{HELD_ON_VALUE}}" min="2020-01-01" aria-describedby="held_on-hint{{#HELD_ON_ERROR}} held_on-error{{/HELD_ON_ERROR}}"{{#HELD_ON_ERROR}} aria-invalid="true"{{/HELD_ON_ERROR}}>
    </div>

    <div class="form-group{{#NOTES_ERROR}} form-error{{/NOTES_ERROR}}">
      <label class="form-label" for="notes">Noter</label>
      <span class="form-hint" id="notes-hint">Hvad talte I om? Markdown virker; HTML vises som almindelig tekst.</span>
      {{#NOTES_ERROR}}<span class="form-error-message" id="notes-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/NOTES_ERROR}}
      <textarea id="notes" name="notes" class="form-input portal-textarea-large" rows="8" aria-describedby="notes-hint{{#NOTES_ERROR}} notes-error{{/NOTES_ERROR}}"{{#NOTES_ERROR}} aria-invalid="true"{{/NOTES_ERROR}}>{{NOTES_VALUE:pre_escape}}</textarea>
    </div>

    <button type="submit" class="button button-primary">Gem oplysningerne</button>
  </form>
</section>
{{/CAN_EDIT}}
