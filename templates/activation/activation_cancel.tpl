{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PLAN_HREF}}" class="breadcrumbs__link">Aktiveringsplan for {{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Aflys aktiviteten</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
{{>ERROR_SUMMARY}}
{{>CONFLICT}}
    <h1>Aflys aktiviteten</h1>
    <p class="font-lead">{{ACTIVITY_TITLE}} <span class="portal-muted">({{KIND_LABEL}}, planlagt {{PLANNED_ON}})</span></p>
    <p>En aflyst aktivitet bliver stående i planen med din begrundelse, så alle kan se, hvad der skete. Du kan genoptage den bagefter, hvis den alligevel skal holdes.</p>
    <form method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{REVISION}}">
      {{>REASON_FIELD}}
      <button type="submit" class="button button-primary">Aflys aktiviteten</button>
      <a href="{{PLAN_HREF}}" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
