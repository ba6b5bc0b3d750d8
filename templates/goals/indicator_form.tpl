{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{HEADING}}</li>
  </ol>
</nav>
{{>ERROR_SUMMARY}}
<h1>{{HEADING}}</h1>
{{>CONFLICT}}
{{#LOCAL}}<p>En lokal indikator hører til {{UNIT}} og vises under sit strategispor sammen med regionens indikatorer, mærket som lokal.</p>{{/LOCAL}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="revision" value="{{REVISION}}">
  <input type="hidden" name="local_unit" value="{{LOCAL_UNIT}}">
  <input type="hidden" name="archived" value="{{ARCHIVED}}">
  <fieldset>
    <legend class="h3">Hvad måles</legend>
    {{>TRACK_FIELD}}
    {{>NAME_FIELD}}
    {{>DEFINITION_FIELD}}
    {{>MEASURE_UNIT_FIELD}}
    {{>DIRECTION_FIELD}}
    {{>FREQUENCY_FIELD}}
    {{>DECIMALS_FIELD}}
  </fieldset>
  <fieldset>
    <legend class="h3">Mål og grænser</legend>
    {{>TARGET_FIELD}}
    {{>TARGET_DATE_FIELD}}
    {{>GREEN_FIELD}}
    {{>RED_FIELD}}
    {{>MIN_FIELD}}
    {{>MAX_FIELD}}
  </fieldset>
  <fieldset>
    <legend class="h3">Ejer og data</legend>
    {{>OWNER_UNIT_FIELD}}
    {{>OWNER_EMAIL_FIELD}}
    {{>DATA_SOURCE_FIELD}}
  </fieldset>
  <fieldset>
    <legend class="h3">Opdeling på enheder</legend>
    {{>BREAKDOWN_FIELD}}
    {{>ROLLUP_FIELD}}
    <div class="form-group{{#HAS_UNITS_ERROR}} form-error{{/HAS_UNITS_ERROR}}">
      <fieldset aria-describedby="units-hint{{#HAS_UNITS_ERROR}} units-error{{/HAS_UNITS_ERROR}}">
        <legend class="form-label" id="units">Enheder, der måles på</legend>
        <span class="form-hint" id="units-hint">Kun når indikatoren opdeles på enheder. Hver valgt enhed får sin egen værdi pr. periode.</span>
        {{#HAS_UNITS_ERROR}}<span class="form-error-message" id="units-error"><span class="sr-only">Fejl: </span>{{UNITS_ERROR}}</span>{{/HAS_UNITS_ERROR}}
        <ul class="nobullet-list portal-goal-units">
          {{#UNIT_OPTION}}
          <li class="form-group-checkbox{{#NESTED}} portal-goal-unit-nested{{/NESTED}}">
            <input type="checkbox" class="form-checkbox" id="unit-{{INDEX}}" name="units" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
            <label class="form-label" for="unit-{{INDEX}}">{{LABEL}}</label>
          </li>
          {{/UNIT_OPTION}}
        </ul>
      </fieldset>
    </div>
    {{>UNITS_OTHER_FIELD}}
  </fieldset>
  <fieldset>
    <legend class="h3">Hvem kan se den</legend>
    <div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="leaders_only" name="leaders_only" value="1"{{#LEADERS_ONLY}} checked{{/LEADERS_ONLY}}>
      <label class="form-label" for="leaders_only">Kun for ledere (internt: ledere, HR, koncernledelse og redaktører ser den)</label>
    </div>
  </fieldset>
  <div class="portal-foundation-actions">
    <button type="submit" class="button button-primary">Gem indikatoren</button>
    <a href="{{BACK}}" class="button button-tertiary">Annullér</a>
  </div>
  {{#CAN_ARCHIVE}}
  <p class="form-hint">Arkivér indikatoren, når den ikke længere bruges. Dens målinger og kommentarer bevares.</p>
  <button type="submit" name="{{ARCHIVE_NAME}}" value="1" class="button button-secondary">{{ARCHIVE_LABEL}}</button>
  {{/CAN_ARCHIVE}}
</form>
