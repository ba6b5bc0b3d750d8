{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{HEADING}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
{{#ERROR_SUMMARY}}
<div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <h2 class="alert-heading" id="error-summary-heading">Der er problemer med det, du har udfyldt</h2>
    <ul class="alert-text nobullet-list">
      {{#ERROR_ITEM}}
      <li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
      {{/ERROR_ITEM}}
    </ul>
  </div>
</div>
{{/ERROR_SUMMARY}}
{{#CONFLICT}}
<div class="alert alert-warning" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Ikke gemt: en anden har ændret det</p>
    <p class="alert-text">{{MESSAGE}}</p>
    <p class="alert-text"><a href="{{CURRENT_HREF}}">Se den nuværende version</a> (åbner i samme vindue; kopiér først din tekst, hvis du vil beholde den). Gemmer du formularen igen, erstatter dine ændringer den nuværende version.</p>
  </div>
</div>
{{/CONFLICT}}
    <h1>{{HEADING}}</h1>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#HAS_REVISION}}<input type="hidden" name="revision" value="{{REVISION}}">{{/HAS_REVISION}}

      <div class="form-group{{#NAME_ERROR}} form-error{{/NAME_ERROR}}">
        <label class="form-label" for="name">Navn</label>
        <span class="form-hint" id="name-hint">Fx Aktivering af ledelsesgrundlaget 2026. Højst {{MAX_NAME}} tegn.</span>
        {{#NAME_ERROR}}<span class="form-error-message" id="name-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/NAME_ERROR}}
        <input type="text" id="name" name="name" class="form-input" value="{{NAME}}" aria-describedby="name-hint{{#NAME_ERROR}} name-error{{/NAME_ERROR}}"{{#NAME_ERROR}} aria-invalid="true"{{/NAME_ERROR}}>
      </div>

      <div class="form-group{{#DESCRIPTION_ERROR}} form-error{{/DESCRIPTION_ERROR}}">
        <label class="form-label" for="description">Beskrivelse (valgfri)</label>
        <span class="form-hint" id="description-hint">Hvad runden går ud på, og hvad enhederne skal nå. Du kan bruge Markdown. Højst {{MAX_TEXT}} tegn.</span>
        {{#DESCRIPTION_ERROR}}<span class="form-error-message" id="description-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/DESCRIPTION_ERROR}}
        <textarea id="description" name="description" class="form-input" rows="6" aria-describedby="description-hint{{#DESCRIPTION_ERROR}} description-error{{/DESCRIPTION_ERROR}}"{{#DESCRIPTION_ERROR}} aria-invalid="true"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
      </div>

      <div class="form-group{{#STARTS_ON_ERROR}} form-error{{/STARTS_ON_ERROR}}">
        <label class="form-label" for="starts_on">Start</label>
        <span class="form-hint" id="starts_on-hint">Fx lanceringen på Ledertræf 4.6.2026.</span>
        {{#STARTS_ON_ERROR}}<span class="form-error-message" id="starts_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/STARTS_ON_ERROR}}
        <input type="date" id="starts_on" name="starts_on" class="form-input" value="{{STARTS_ON}}" min="{{MIN_DATE}}" max="{{MAX_DATE}}" aria-describedby="starts_on-hint{{#STARTS_ON_ERROR}} starts_on-error{{/STARTS_ON_ERROR}}"{{#STARTS_ON_ERROR}} aria-invalid="true"{{/STARTS_ON_ERROR}}>
      </div>

      <div class="form-group{{#PLAN_DEADLINE_ERROR}} form-error{{/PLAN_DEADLINE_ERROR}}">
        <label class="form-label" for="plan_deadline">Frist for enhedernes planer</label>
        <span class="form-hint" id="plan_deadline-hint">Samme dag som starten eller senere.</span>
        {{#PLAN_DEADLINE_ERROR}}<span class="form-error-message" id="plan_deadline-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PLAN_DEADLINE_ERROR}}
        <input type="date" id="plan_deadline" name="plan_deadline" class="form-input" value="{{PLAN_DEADLINE}}" min="{{MIN_DATE}}" max="{{MAX_DATE}}" aria-describedby="plan_deadline-hint{{#PLAN_DEADLINE_ERROR}} plan_deadline-error{{/PLAN_DEADLINE_ERROR}}"{{#PLAN_DEADLINE_ERROR}} aria-invalid="true"{{/PLAN_DEADLINE_ERROR}}>
      </div>

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="/aktivering" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
