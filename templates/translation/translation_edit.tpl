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
    {{#ERROR_SUMMARY}}
    <div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
      <div class="alert-body">
        <h2 class="alert-heading" id="error-summary-heading">{{SUMMARY_HEADING}}</h2>
        <ul class="alert-text nobullet-list">
          {{#ERROR_ITEM}}<li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>{{/ERROR_ITEM}}
        </ul>
      </div>
    </div>
    {{/ERROR_SUMMARY}}

    {{#CONFLICT}}
    <div class="alert alert-error" role="alert" tabindex="-1" data-portal-focus>
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
      <div class="alert-body">
        <h2 class="alert-heading">Oversættelsen er ændret af en anden</h2>
        <p class="alert-text">{{MESSAGE}}</p>
        <p class="alert-text"><a href="{{CURRENT_HREF}}" target="_blank" rel="noopener">{{CURRENT_LABEL}} (åbner i et nyt vindue)</a>. Gemmer du igen, erstatter din tekst herunder den nuværende kladde.</p>
      </div>
    </div>
    {{/CONFLICT}}

    <h1>Rediger oversættelsen for {{UNIT_NAME}}</h1>
    <p class="font-lead">{{STATUS_TEXT}}</p>
    <p>Skriv enhedens egen oversættelse af ledelsesgrundlaget som et antal temaer. En kladde kan gemmes ufærdig; for at udgive skal der være mindst ét tema, og hvert tema skal være knyttet til mindst én af værdierne. Når du udgiver, kan alle i enheden og enhederne under den læse oversættelsen, og tidligere versioner bevares.</p>

    <form method="post" action="{{EDIT_HREF}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="draft_id" value="{{DRAFT_ID}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      <input type="hidden" name="based_on" value="{{BASED_ON}}">
      <input type="hidden" name="theme_rows" value="{{THEME_ROWS}}">

      <div class="form-group{{#INTRODUCTION_ERROR}} form-error{{/INTRODUCTION_ERROR}}">
        <label class="form-label" for="introduction">Indledning (valgfri)</label>
        <span class="form-hint" id="introduction-hint">Højst {{MAX_TEXT}} tegn. Du kan bruge Markdown, fx **fed** og punktlister.</span>
        {{#INTRODUCTION_ERROR}}<span class="form-error-message" id="introduction-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/INTRODUCTION_ERROR}}
        <textarea class="form-input" id="introduction" name="introduction" rows="5" aria-describedby="introduction-hint{{#INTRODUCTION_ERROR}} introduction-error{{/INTRODUCTION_ERROR}}"{{#INTRODUCTION_ERROR}} aria-invalid="true"{{/INTRODUCTION_ERROR}}>{{INTRODUCTION:pre_escape}}</textarea>
      </div>

      <h2 id="themes" tabindex="-1">Temaer</h2>
      {{#THEMES_ERROR}}<p class="form-error-message" id="themes-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</p>{{/THEMES_ERROR}}
      <p>Højst {{MAX_THEMES}} temaer. Et tema uden tekst gemmes ikke. Rækkefølgen styres af feltet «Placering»; sæt flueben i «Fjern temaet» for at fjerne et tema, når du gemmer.</p>

      {{#THEME}}
      <fieldset class="portal-section">
        <legend id="theme-{{N}}-legend" class="h3">Tema {{N}}</legend>

        <div class="form-group{{#TITLE_ERROR}} form-error{{/TITLE_ERROR}}">
          <label class="form-label" for="theme-{{N}}-title">Titel</label>
          <span class="form-hint" id="theme-{{N}}-title-hint">Højst {{MAX_TITLE}} tegn.</span>
          {{#TITLE_ERROR}}<span class="form-error-message" id="theme-{{N}}-title-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TITLE_ERROR}}
          <input type="text" class="form-input" id="theme-{{N}}-title" name="theme-{{N}}-title" value="{{TITLE}}" aria-describedby="theme-{{N}}-title-hint{{#TITLE_ERROR}} theme-{{N}}-title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
        </div>

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

        <div class="form-group{{#BULLETS_ERROR}} form-error{{/BULLETS_ERROR}}">
          <label class="form-label" for="theme-{{N}}-bullets">Punkter</label>
          <span class="form-hint" id="theme-{{N}}-bullets-hint">Ét punkt pr. linje, højst {{MAX_BULLETS}} punkter på højst {{MAX_BULLET}} tegn.</span>
          {{#BULLETS_ERROR}}<span class="form-error-message" id="theme-{{N}}-bullets-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/BULLETS_ERROR}}
          <textarea class="form-input" id="theme-{{N}}-bullets" name="theme-{{N}}-bullets" rows="5" aria-describedby="theme-{{N}}-bullets-hint{{#BULLETS_ERROR}} theme-{{N}}-bullets-error{{/BULLETS_ERROR}}"{{#BULLETS_ERROR}} aria-invalid="true"{{/BULLETS_ERROR}}>{{BULLETS:pre_escape}}</textarea>
        </div>

        <div class="form-group{{#EMPLOYEES_ERROR}} form-error{{/EMPLOYEES_ERROR}}">
          <label class="form-label" for="theme-{{N}}-employees">Det kan medarbejderne forvente af lederne</label>
          <span class="form-hint" id="theme-{{N}}-employees-hint">Højst {{MAX_TEXT}} tegn. Markdown kan bruges.</span>
          {{#EMPLOYEES_ERROR}}<span class="form-error-message" id="theme-{{N}}-employees-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/EMPLOYEES_ERROR}}
          <textarea class="form-input" id="theme-{{N}}-employees" name="theme-{{N}}-employees" rows="4" aria-describedby="theme-{{N}}-employees-hint{{#EMPLOYEES_ERROR}} theme-{{N}}-employees-error{{/EMPLOYEES_ERROR}}"{{#EMPLOYEES_ERROR}} aria-invalid="true"{{/EMPLOYEES_ERROR}}>{{EMPLOYEES:pre_escape}}</textarea>
        </div>

        <div class="form-group{{#LEADERS_ERROR}} form-error{{/LEADERS_ERROR}}">
          <label class="form-label" for="theme-{{N}}-leaders">Det forventer lederne af medarbejderne</label>
          <span class="form-hint" id="theme-{{N}}-leaders-hint">Højst {{MAX_TEXT}} tegn. Markdown kan bruges.</span>
          {{#LEADERS_ERROR}}<span class="form-error-message" id="theme-{{N}}-leaders-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/LEADERS_ERROR}}
          <textarea class="form-input" id="theme-{{N}}-leaders" name="theme-{{N}}-leaders" rows="4" aria-describedby="theme-{{N}}-leaders-hint{{#LEADERS_ERROR}} theme-{{N}}-leaders-error{{/LEADERS_ERROR}}"{{#LEADERS_ERROR}} aria-invalid="true"{{/LEADERS_ERROR}}>{{LEADERS:pre_escape}}</textarea>
        </div>

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
