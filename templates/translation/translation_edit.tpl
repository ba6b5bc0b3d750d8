{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{TRANSLATION_HREF}}" class="breadcrumbs__link">Oversættelse</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Rediger</li>
  </ol>
</nav>

<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}

    <h1>Rediger oversættelsen for {{UNIT_NAME}}</h1>
    <p class="font-lead">{{STATUS_TEXT}}</p>
    <p>Skriv enhedens egen oversættelse af ledelsesgrundlaget som et antal temaer. En kladde kan gemmes ufærdig; for at udgive skal der være mindst ét tema, og hvert tema skal være knyttet til mindst én af værdierne. Når du udgiver, kan alle i enheden og enhederne under den læse oversættelsen, og tidligere versioner bevares.</p>

    <form method="post" action="{{EDIT_HREF}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="draft_id" value="{{DRAFT_ID}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      <input type="hidden" name="based_on" value="{{BASED_ON}}">
      <input type="hidden" name="theme_rows" value="{{THEME_ROWS}}">

      {{>INTRODUCTION_FIELD}}

      <h2 id="themes" tabindex="-1">Temaer</h2>
      {{#THEMES_ERROR}}<p class="form-error-message" id="themes-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</p>{{/THEMES_ERROR}}
      <p>Højst {{MAX_THEMES}} temaer. Et tema uden tekst gemmes ikke. Rækkefølgen styres af feltet «Placering»; sæt flueben i «Fjern temaet» for at fjerne et tema, når du gemmer.</p>

      {{#THEME}}
      <fieldset class="portal-section">
        <legend id="theme-{{N}}-legend" class="h3">Tema {{N}}</legend>

        {{>TITLE_FIELD}}

        <div class="form-group{{#VALUES_ERROR}} form-error{{/VALUES_ERROR}}">
          <fieldset id="theme-{{N}}-values" tabindex="-1"{{#VALUES_ERROR}} aria-describedby="theme-{{N}}-values-error"{{/VALUES_ERROR}}>
            <legend class="form-label">Regionale værdier, temaet bygger på</legend>
            {{#VALUES_ERROR}}<span class="form-error-message" id="theme-{{N}}-values-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/VALUES_ERROR}}
            {{#VALUE}}
            <div class="form-group-checkbox">
              <input id="theme-{{N}}-value-{{CODE}}" type="checkbox" name="theme-{{N}}-values" value="{{CODE}}" class="form-checkbox"{{#CHECKED}} checked{{/CHECKED}}>
              <label for="theme-{{N}}-value-{{CODE}}">{{LABEL}}</label>
            </div>
            {{/VALUE}}
          </fieldset>
        </div>

        {{>BULLETS_FIELD}}
        {{>EMPLOYEES_FIELD}}
        {{>LEADERS_FIELD}}

        <div class="form-group">
          <label class="form-label" for="theme-{{N}}-position">Placering</label>
          <span class="form-hint" id="theme-{{N}}-position-hint">Et tal; temaerne vises i rækkefølge efter placering.</span>
          <input type="number" class="form-input input-width-xs" id="theme-{{N}}-position" name="theme-{{N}}-position" value="{{N}}" min="1" max="{{MAX_THEMES}}" aria-describedby="theme-{{N}}-position-hint">
        </div>
        <div class="form-group-checkbox">
          <input id="theme-{{N}}-remove" type="checkbox" name="theme-{{N}}-remove" value="1" class="form-checkbox">
          <label for="theme-{{N}}-remove">Fjern temaet</label>
        </div>
      </fieldset>
      {{/THEME}}

      {{#CAN_ADD}}<p><button type="submit" name="action" value="add-theme" class="button button-secondary">Tilføj tema</button></p>{{/CAN_ADD}}

      <div class="portal-section">
        <button type="submit" name="action" value="save" class="button button-secondary">Gem kladde</button>
        <button type="submit" name="action" value="publish" class="button button-primary">Udgiv</button>
      </div>
    </form>
    <p><a href="{{TRANSLATION_HREF}}">Tilbage til oversættelsen uden at gemme</a></p>
  </div>
</div>
