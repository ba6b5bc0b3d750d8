{{%AUTOESCAPE context="HTML"}}
{{>ERROR_SUMMARY}}

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

  {{>TITLE_FIELD}}
  {{>PLANNED_ON_FIELD}}
  {{>PARTICIPANTS_FIELD}}

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
  <a href="{{UNIT_SESSIONS_HREF}}" class="button button-tertiary">Annuller</a>
</form>
