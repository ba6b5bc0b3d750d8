{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PLAN_HREF}}" class="breadcrumbs__link">Aktiveringsplan for {{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{HEADING}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
{{>ERROR_SUMMARY}}
{{>CONFLICT}}
    <h1>{{HEADING}}</h1>
    <p class="font-lead">{{ACTIVITY_TITLE}} <span class="portal-muted">({{KIND_LABEL}}, planlagt {{PLANNED_ON}})</span></p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{REVISION}}">

      {{>COMPLETED_ON_FIELD}}
      {{>OUTCOME_FIELD}}
      {{>AGREEMENTS_FIELD}}

      <button type="submit" class="button button-primary">{{SUBMIT_LABEL}}</button>
      <a href="{{PLAN_HREF}}" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
