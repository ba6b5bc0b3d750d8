{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PICTURE_HREF}}" class="breadcrumbs__link">{{CURRENT_TITLE}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Rediger</li>
  </ol>
</nav>
{{>ERROR_SUMMARY}}
<h1>Rediger {{CURRENT_TITLE}}</h1>
{{>CONFLICT}}
{{#HAS_DRAFT}}<p>Du arbejder i målbilledets kladde, senest gemt {{DRAFT_SAVED}} af {{DRAFT_AUTHOR}}. Kladden er kun synlig for redaktører; alle andre ser version {{CURRENT_NUMBER}}, indtil kladden bliver udgivet.</p>{{/HAS_DRAFT}}
{{#NO_DRAFT}}<p>Der er ingen kladde. Teksten herunder er den gældende version {{CURRENT_NUMBER}}. Gemmer du, bliver den en kladde, som kun redaktører ser; udgiver du, bliver den en ny version for alle.</p>{{/NO_DRAFT}}
<form method="post" action="{{EDIT_HREF}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="draft" value="{{DRAFT_ID}}">
  <input type="hidden" name="revision" value="{{REVISION}}">
  <input type="hidden" name="based_on" value="{{BASED_ON}}">
  <input type="hidden" name="tracks" value="{{TRACK_COUNT}}">
  {{>TITLE_FIELD}}
  {{>BODY_FIELD}}
  <h2>Strategispor</h2>
  <p>Sporene vises i den rækkefølge, de står her; vælg en anden placering for at flytte et spor. Et spor beholder sin identitet, når du omformulerer det, så indikatorerne på det følger med. Et spor med indikatorer i brug kan ikke udgå.</p>
  {{#TRACKS_ERROR}}<p class="form-error-message" id="tracks">{{MESSAGE}}</p>{{/TRACKS_ERROR}}
  {{#TRACK}}
  <fieldset class="portal-goal-track-fieldset">
    <legend class="h4">{{LEGEND}}</legend>
    <input type="hidden" name="{{ID_NAME}}" value="{{ID}}">
    {{>TITLE_FIELD}}
    {{>DESCRIPTION_FIELD}}
    {{>POSITION_FIELD}}
    {{#REMOVE}}
    <div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox checkbox-large" id="{{NAME}}" name="{{NAME}}" value="1"{{#CHECKED}} checked{{/CHECKED}}>
      <label class="form-label" for="{{NAME}}">Sporet udgår af den nye version</label>
    </div>
    {{/REMOVE}}
  </fieldset>
  {{/TRACK}}
  <div class="portal-foundation-actions">
    <button type="submit" name="action" value="gem" class="button button-primary">Gem kladde</button>
    <button type="submit" name="action" value="udgiv" class="button button-secondary">Udgiv</button>
  </div>
  <p class="form-hint">Udgiv gør teksten til den nye gældende version for alle. Den tidligere version kan altid læses under <a href="{{VERSIONS_HREF}}">Versioner</a>.</p>
</form>
{{#DISCARD}}
<form method="post" action="{{EDIT_HREF}}/kasser" class="portal-section">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="draft" value="{{DISCARD_DRAFT_ID}}">
  <input type="hidden" name="revision" value="{{DISCARD_REVISION}}">
  <h2 class="h4">Kassér kladden</h2>
  <p>Sletter kladden med alle ændringer, der ikke er udgivet. Den gældende version ændres ikke.</p>
  <button type="submit" class="button button-secondary">Kassér kladde</button>
</form>
{{/DISCARD}}
