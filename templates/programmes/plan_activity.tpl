{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PLAN_HREF}}" class="breadcrumbs__link">Personlig plan: {{NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Ret aktivitet</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}
    <h1>Ret aktivitet: {{TITLE}}</h1>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      {{>TITLE_FIELD}}
      {{>KIND_FIELD}}
      {{>STARTS_FIELD}}
      {{>ENDS_FIELD}}
      {{>STATUS_FIELD}}
      {{>DESCRIPTION_FIELD}}
      <button type="submit" class="button button-primary">Gem aktiviteten</button>
      <a href="{{PLAN_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
