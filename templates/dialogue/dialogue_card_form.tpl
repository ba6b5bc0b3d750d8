{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
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
        <p class="alert-heading">Kortet blev ikke gemt</p>
        <p class="alert-text">{{MESSAGE}}</p>
        {{#CONFLICT}}<p class="alert-text"><a href="{{CURRENT_HREF}}" target="_blank" rel="noopener">Se kortet, som det er nu (åbner i et nyt vindue)</a></p>{{/CONFLICT}}
      </div>
    </div>
    {{/FORM_ERROR}}

    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/dialog" class="breadcrumbs__link">Dialogværktøjer</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">{{FORM_HEADING}}</li>
      </ol>
    </nav>
    <h1>{{FORM_HEADING}}</h1>

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#EXISTING}}<input type="hidden" name="revision" value="{{REVISION}}">{{/EXISTING}}

      <fieldset class="form-group{{#KIND_ERROR}} form-error{{/KIND_ERROR}}" id="kind">
        <legend class="form-label">Type</legend>
        {{#KIND_ERROR}}<span class="form-error-message"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/KIND_ERROR}}
        <ul class="nobullet-list">
          {{#KIND_OPTION}}
          <li class="form-group-radio">
            <input type="radio" id="{{OPTION_ID}}" name="kind" value="{{OPTION_VALUE}}" class="form-radio"{{#OPTION_SELECTED}} checked{{/OPTION_SELECTED}}>
            <label for="{{OPTION_ID}}">{{OPTION_LABEL}}</label>
          </li>
          {{/KIND_OPTION}}
        </ul>
      </fieldset>

      <div class="form-group{{#TOPIC_ERROR}} form-error{{/TOPIC_ERROR}}">
        <label class="form-label" for="topic">Emne</label>
        {{#TOPIC_ERROR}}<span class="form-error-message" id="topic-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TOPIC_ERROR}}
        <select class="form-select" id="topic" name="topic"{{#TOPIC_ERROR}} aria-invalid="true" aria-describedby="topic-error"{{/TOPIC_ERROR}}>
          <option value="">Vælg emne</option>
          {{#TOPIC_OPTION}}<option value="{{OPTION_VALUE}}"{{#OPTION_SELECTED}} selected{{/OPTION_SELECTED}}>{{OPTION_LABEL}}</option>{{/TOPIC_OPTION}}
        </select>
      </div>

      <div class="form-group{{#TITLE_ERROR}} form-error{{/TITLE_ERROR}}">
        <label class="form-label" for="title">Titel</label>
        <span class="form-hint" id="title-hint">Højst {{MAX_TITLE}} tegn.</span>
        {{#TITLE_ERROR}}<span class="form-error-message" id="title-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/TITLE_ERROR}}
        <input type="text" id="title" name="title" class="form-input input-width-xl" value="{{TITLE_VALUE}}" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
      </div>

      <div class="form-group{{#BODY_ERROR}} form-error{{/BODY_ERROR}}">
        <label class="form-label" for="body">Tekst</label>
        <span class="form-hint" id="body-hint">Højst {{MAX_BODY}} tegn. Skriv spørgsmålene som en punktliste med "- " foran hver linje. <strong>**fed**</strong> og <em>*kursiv*</em> virker; HTML vises som almindelig tekst.</span>
        {{#BODY_ERROR}}<span class="form-error-message" id="body-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/BODY_ERROR}}
        <textarea id="body" name="body" class="form-input portal-textarea-large" rows="12" aria-describedby="body-hint{{#BODY_ERROR}} body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY_VALUE:pre_escape}}</textarea>
      </div>

      <button type="submit" class="button button-primary">Gem kortet</button>
      <a href="{{CANCEL_HREF}}" class="button button-tertiary">Annullér</a>
    </form>

    {{#PREVIEW}}
    <section aria-labelledby="preview-heading" class="portal-section">
      <h2 id="preview-heading" class="h3">Sådan ser teksten ud</h2>
      <div class="portal-dialogue-card portal-markdown">{{PREVIEW_HTML:none}}</div>
    </section>
    {{/PREVIEW}}
  </div>
</div>
