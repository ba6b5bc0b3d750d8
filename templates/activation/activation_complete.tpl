{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PLAN_HREF}}" class="breadcrumbs__link">Aktiveringsplan for {{UNIT_NAME}}</a></li>
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
    <p class="font-lead">{{ACTIVITY_TITLE}} <span class="portal-muted">({{KIND_LABEL}}, planlagt {{PLANNED_ON}})</span></p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{REVISION}}">

      <div class="form-group{{#COMPLETED_ON_ERROR}} form-error{{/COMPLETED_ON_ERROR}}">
        <label class="form-label" for="completed_on">Gennemført den</label>
        <span class="form-hint" id="completed_on-hint">Tidligst rundens start ({{ROUND_STARTS}}) og senest i dag.</span>
        {{#COMPLETED_ON_ERROR}}<span class="form-error-message" id="completed_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/COMPLETED_ON_ERROR}}
        <input type="date" id="completed_on" name="completed_on" class="form-input" value="{{COMPLETED_ON}}" min="{{MIN_DATE}}" max="{{MAX_DATE}}" aria-describedby="completed_on-hint{{#COMPLETED_ON_ERROR}} completed_on-error{{/COMPLETED_ON_ERROR}}"{{#COMPLETED_ON_ERROR}} aria-invalid="true"{{/COMPLETED_ON_ERROR}}>
      </div>

      <div class="form-group{{#OUTCOME_ERROR}} form-error{{/OUTCOME_ERROR}}">
        <label class="form-label" for="outcome">Hvad kom der ud af det (valgfri)</label>
        <span class="form-hint" id="outcome-hint">Et kort referat. Du kan bruge Markdown. Højst {{MAX_TEXT}} tegn.</span>
        {{#OUTCOME_ERROR}}<span class="form-error-message" id="outcome-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/OUTCOME_ERROR}}
        <textarea id="outcome" name="outcome" class="form-input" rows="5" aria-describedby="outcome-hint{{#OUTCOME_ERROR}} outcome-error{{/OUTCOME_ERROR}}"{{#OUTCOME_ERROR}} aria-invalid="true"{{/OUTCOME_ERROR}}>{{OUTCOME}}</textarea>
      </div>

      <div class="form-group{{#AGREEMENTS_ERROR}} form-error{{/AGREEMENTS_ERROR}}">
        <label class="form-label" for="agreements">Aftaler (valgfri)</label>
        <span class="form-hint" id="agreements-hint">Hvad I aftalte, og hvem der følger op. Højst {{MAX_TEXT}} tegn.</span>
        {{#AGREEMENTS_ERROR}}<span class="form-error-message" id="agreements-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/AGREEMENTS_ERROR}}
        <textarea id="agreements" name="agreements" class="form-input" rows="5" aria-describedby="agreements-hint{{#AGREEMENTS_ERROR}} agreements-error{{/AGREEMENTS_ERROR}}"{{#AGREEMENTS_ERROR}} aria-invalid="true"{{/AGREEMENTS_ERROR}}>{{AGREEMENTS}}</textarea>
      </div>

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="{{PLAN_HREF}}" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
