{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    {{#BREADCRUMB}}<li class="breadcrumbs__list-item"><a href="{{CRUMB_HREF}}" class="breadcrumbs__link">{{CRUMB_LABEL}}</a></li>
    {{/BREADCRUMB}}
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
{{#FORM_ERROR}}
<div class="alert alert-error" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Aktiviteten blev ikke oprettet</p>
    <p class="alert-text">{{MESSAGE}}</p>
  </div>
</div>
{{/FORM_ERROR}}
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
    <p class="font-lead">{{LEAD}}</p>
    {{#QUOTE}}
    <figure class="portal-agreement-quote">
      <figcaption>Aftalen fra dialogsessionen</figcaption>
      <blockquote><p class="portal-preserve-lines">{{QUOTE_TEXT}}</p></blockquote>
    </figure>
    {{/QUOTE}}
    {{#UNAVAILABLE}}
    <div class="alert alert-info" role="status">
      <div class="alert-body"><p class="alert-text">{{UNAVAILABLE_TEXT}}</p></div>
    </div>
    <p><a href="{{CANCEL_HREF}}">Tilbage</a></p>
    {{/UNAVAILABLE}}
    {{#FORM}}
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#HAS_REVISION}}<input type="hidden" name="revision" value="{{REVISION}}">{{/HAS_REVISION}}

      <div class="form-group{{#KIND_ERROR}} form-error{{/KIND_ERROR}}">
        <label class="form-label" for="kind">Slags aktivitet</label>
        {{#KIND_ERROR}}<span class="form-error-message" id="kind-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/KIND_ERROR}}
        <select id="kind" name="kind" class="form-select"{{#KIND_ERROR}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_ERROR}}>
          <option value="">Vælg</option>
          {{#KIND_OPTION}}<option value="{{KIND_CODE}}"{{#KIND_SELECTED}} selected{{/KIND_SELECTED}}>{{KIND_LABEL}}</option>
          {{/KIND_OPTION}}
        </select>
      </div>

      <div class="form-group{{#TITLE_ERROR}} form-error{{/TITLE_ERROR}}">
        <label class="form-label" for="title">Titel</label>
        <span class="form-hint" id="title-hint">Fx Dialog om værdierne på personalemødet. Højst {{MAX_NAME}} tegn.</span>
        {{#TITLE_ERROR}}<span class="form-error-message" id="title-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TITLE_ERROR}}
        <input type="text" id="title" name="title" class="form-input" value="{{TITLE}}" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
      </div>

      <div class="form-group{{#PLANNED_ON_ERROR}} form-error{{/PLANNED_ON_ERROR}}">
        <label class="form-label" for="planned_on">Planlagt dato</label>
        <span class="form-hint" id="planned_on-hint">Mellem 1.1.2020 og 31.12.2035.</span>
        {{#PLANNED_ON_ERROR}}<span class="form-error-message" id="planned_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PLANNED_ON_ERROR}}
        <input type="date" id="planned_on" name="planned_on" class="form-input" value="{{PLANNED_ON}}" min="{{MIN_DATE}}" max="{{MAX_DATE}}" aria-describedby="planned_on-hint{{#PLANNED_ON_ERROR}} planned_on-error{{/PLANNED_ON_ERROR}}"{{#PLANNED_ON_ERROR}} aria-invalid="true"{{/PLANNED_ON_ERROR}}>
      </div>

      <fieldset>
        <legend class="form-label">Ansvarlig</legend>
        <p class="form-hint" id="responsible-hint">Vælg en af enhedens ledere eller medarbejdere, skriv et navn, eller begge dele.</p>
        <div class="form-group{{#RESPONSIBLE_PERSON_ERROR}} form-error{{/RESPONSIBLE_PERSON_ERROR}}">
          <label class="form-label" for="responsible_person">Person i enheden</label>
          {{#RESPONSIBLE_PERSON_ERROR}}<span class="form-error-message" id="responsible_person-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/RESPONSIBLE_PERSON_ERROR}}
          <select id="responsible_person" name="responsible_person" class="form-select"{{#RESPONSIBLE_PERSON_ERROR}} aria-invalid="true" aria-describedby="responsible_person-error"{{/RESPONSIBLE_PERSON_ERROR}}>
            <option value="">Ingen valgt</option>
            {{#PERSON_OPTION}}<option value="{{PERSON_ID}}"{{#PERSON_SELECTED}} selected{{/PERSON_SELECTED}}>{{PERSON_NAME}}, {{PERSON_TITLE}}</option>
            {{/PERSON_OPTION}}
          </select>
        </div>
        <div class="form-group{{#RESPONSIBLE_ERROR}} form-error{{/RESPONSIBLE_ERROR}}">
          <label class="form-label" for="responsible">Navn eller funktion</label>
          <span class="form-hint" id="responsible-text-hint">Fx en ekstern facilitator eller MED-formanden. Højst {{MAX_NAME}} tegn.</span>
          {{#RESPONSIBLE_ERROR}}<span class="form-error-message" id="responsible-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/RESPONSIBLE_ERROR}}
          <input type="text" id="responsible" name="responsible" class="form-input" value="{{RESPONSIBLE}}" aria-describedby="responsible-hint responsible-text-hint{{#RESPONSIBLE_ERROR}} responsible-error{{/RESPONSIBLE_ERROR}}"{{#RESPONSIBLE_ERROR}} aria-invalid="true"{{/RESPONSIBLE_ERROR}}>
        </div>
      </fieldset>

      <div class="form-group{{#PARTICIPANTS_ERROR}} form-error{{/PARTICIPANTS_ERROR}}">
        <label class="form-label" for="participants">Deltagere (valgfri)</label>
        <span class="form-hint" id="participants-hint">Fx afdelingens ledergruppe og LMU. Højst {{MAX_PARTICIPANTS}} tegn.</span>
        {{#PARTICIPANTS_ERROR}}<span class="form-error-message" id="participants-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PARTICIPANTS_ERROR}}
        <textarea id="participants" name="participants" class="form-input" rows="3" aria-describedby="participants-hint{{#PARTICIPANTS_ERROR}} participants-error{{/PARTICIPANTS_ERROR}}"{{#PARTICIPANTS_ERROR}} aria-invalid="true"{{/PARTICIPANTS_ERROR}}>{{PARTICIPANTS:pre_escape}}</textarea>
      </div>

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="{{CANCEL_HREF}}" class="button button-secondary">Annuller</a>
    </form>
    {{/FORM}}
  </div>
</div>
