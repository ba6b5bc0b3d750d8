{{%AUTOESCAPE context="HTML"}}
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

<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_SESSIONS_HREF}}" class="breadcrumbs__link">Dialogsessioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Ny dialogsession</li>
  </ol>
</nav>

<h1>Ny dialogsession i {{UNIT_NAME}}</h1>
<p class="font-lead">Giv sessionen en titel og en dato, og vælg de kort og cases, I vil tale om. Kortene vises i bibliotekets rækkefølge.</p>

<form method="post" action="{{FORM_ACTION}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">

  <div class="form-group{{#TITLE_ERROR}} form-error{{/TITLE_ERROR}}">
    <label class="form-label" for="title">Titel</label>
    <span class="form-hint" id="title-hint">Fx "Personalemøde: værdierne i vores hverdag".</span>
    {{#TITLE_ERROR}}<span class="form-error-message" id="title-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TITLE_ERROR}}
    <input type="text" id="title" name="title" class="form-input input-width-xl" value="{{TITLE_VALUE}}" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
  </div>

  <div class="form-group{{#PLANNED_ON_ERROR}} form-error{{/PLANNED_ON_ERROR}}">
    <label class="form-label" for="planned_on">Dato</label>
    {{#PLANNED_ON_ERROR}}<span class="form-error-message" id="planned_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PLANNED_ON_ERROR}}
    <input type="date" id="planned_on" name="planned_on" class="form-input input-width-s" value="{{PLANNED_ON_VALUE}}" min="2020-01-01" max="2035-12-31"{{#PLANNED_ON_ERROR}} aria-invalid="true" aria-describedby="planned_on-error"{{/PLANNED_ON_ERROR}}>
  </div>

  <div class="form-group{{#PARTICIPANTS_ERROR}} form-error{{/PARTICIPANTS_ERROR}}">
    <label class="form-label" for="participants">Deltagere <span class="weight-normal">(valgfrit)</span></label>
    <span class="form-hint" id="participants-hint">Fx "Alle i afsnittet" eller navnene.</span>
    {{#PARTICIPANTS_ERROR}}<span class="form-error-message" id="participants-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PARTICIPANTS_ERROR}}
    <textarea id="participants" name="participants" class="form-input" rows="2" aria-describedby="participants-hint{{#PARTICIPANTS_ERROR}} participants-error{{/PARTICIPANTS_ERROR}}"{{#PARTICIPANTS_ERROR}} aria-invalid="true"{{/PARTICIPANTS_ERROR}}>{{PARTICIPANTS_VALUE:pre_escape}}</textarea>
  </div>

  <fieldset class="form-group{{#CARDS_ERROR}} form-error{{/CARDS_ERROR}}" id="cards" aria-describedby="cards-hint">
    <legend class="form-label h3">Kort og cases</legend>
    <span class="form-hint" id="cards-hint">Vælg mellem 1 og {{MAX_CARDS}}. Et godt møde på en time har plads til 3–5 kort.</span>
    {{#CARDS_ERROR}}<span class="form-error-message"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/CARDS_ERROR}}
    {{#TOPIC}}
    <fieldset class="portal-card-picker">
      <legend class="h4"><span class="portal-muted">{{TOPIC_GROUP}}:</span> {{TOPIC_LABEL}}</legend>
      <ul class="nobullet-list">
        {{#CARD}}
        <li class="portal-card-choice">
          <div class="form-group-checkbox">
            <input type="checkbox" id="card-{{CARD_ID}}" name="card" value="{{CARD_ID}}" class="form-checkbox"{{#CARD_CHECKED}} checked{{/CARD_CHECKED}}>
            <label for="card-{{CARD_ID}}">{{CARD_TITLE}} <span class="portal-muted">({{CARD_KIND}})</span></label>
          </div>
          <a href="{{CARD_HREF}}" class="portal-card-peek" target="_blank" rel="noopener">Se kortet<span class="sr-only"> {{CARD_TITLE}} (åbner i et nyt vindue)</span></a>
        </li>
        {{/CARD}}
      </ul>
    </fieldset>
    {{/TOPIC}}
  </fieldset>

  <button type="submit" class="button button-primary">Opret sessionen</button>
  <a href="{{UNIT_SESSIONS_HREF}}" class="button button-tertiary">Annullér</a>
</form>
