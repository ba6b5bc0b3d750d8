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
{{>ERROR_SUMMARY}}
{{>CONFLICT}}
    <h1>{{HEADING}}</h1>
    <p class="font-lead">{{LEAD}}</p>
    {{#QUOTE}}
    <figure class="portal-agreement-quote">
      <figcaption>Aftalen fra dialogsessionen</figcaption>
      <blockquote><p class="portal-preserve-lines">{{QUOTE_TEXT:pre_escape}}</p></blockquote>
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
      <!-- Enter in a field saves the form: the first submit button is the default one. -->
      <button type="submit" class="portal-default-submit" tabindex="-1" aria-hidden="true">{{SUBMIT_LABEL}}</button>

      {{>KIND_FIELD}}
      {{>TITLE_FIELD}}
      {{>PLANNED_ON_FIELD}}

      <fieldset>
        <legend class="form-label">Ansvarlig</legend>
        <p class="form-hint" id="responsible-choice-hint">Vælg en person, skriv et navn eller en funktion, eller begge dele.</p>
        {{>RESPONSIBLE_PERSON_FIELD}}
        <div class="portal-person-search" data-person-search>
          {{>RESPONSIBLE_SEARCH_FIELD}}
          <button type="submit" name="find_person" value="1" class="button button-secondary">Find person</button>
          <p class="form-hint" role="status" id="responsible-search-status">{{#SEARCH_RESULT}}{{SEARCH_TEXT}}{{/SEARCH_RESULT}}</p>
        </div>
        {{>RESPONSIBLE_FIELD}}
      </fieldset>

      {{>PARTICIPANTS_FIELD}}

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="{{CANCEL_HREF}}" class="button button-secondary">Annuller</a>
    </form>
    {{/FORM}}
  </div>
</div>
