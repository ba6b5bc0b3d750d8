{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{HEADING}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
{{>ERROR_SUMMARY}}
{{>CONFLICT}}
    <h1>{{HEADING}}</h1>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#HAS_REVISION}}<input type="hidden" name="revision" value="{{REVISION}}">{{/HAS_REVISION}}

      {{>NAME_FIELD}}
      {{>DESCRIPTION_FIELD}}
      {{>STARTS_ON_FIELD}}
      {{>PLAN_DEADLINE_FIELD}}

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="/aktivering" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
