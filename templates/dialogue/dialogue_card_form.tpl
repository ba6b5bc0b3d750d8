{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}

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
        {{#KIND_ERROR}}<span class="form-error-message" id="kind-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/KIND_ERROR}}
        <ul class="nobullet-list">
          {{#KIND_OPTION}}
          <li class="form-group-radio">
            <input type="radio" id="{{OPTION_ID}}" name="kind" value="{{OPTION_VALUE}}" class="form-radio"{{#OPTION_SELECTED}} checked{{/OPTION_SELECTED}}>
            <label for="{{OPTION_ID}}">{{OPTION_LABEL}}</label>
          </li>
          {{/KIND_OPTION}}
        </ul>
      </fieldset>

      {{>TOPIC_FIELD}}
      {{>TITLE_FIELD}}
      {{>BODY_FIELD}}

      <button type="submit" class="button button-primary">Gem kortet</button>
      <a href="{{CANCEL_HREF}}" class="button button-tertiary">Annuller</a>
    </form>

    {{#PREVIEW}}
    <section aria-labelledby="preview-heading" class="portal-section">
      <h2 id="preview-heading" class="h3">Sådan ser teksten ud</h2>
      <div class="portal-dialogue-card portal-markdown">{{PREVIEW_HTML:none}}</div>
    </section>
    {{/PREVIEW}}
  </div>
</div>
