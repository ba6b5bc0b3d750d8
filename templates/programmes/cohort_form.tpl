{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}
    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
        <li class="breadcrumbs__list-item"><a href="/udvikling/kohorter" class="breadcrumbs__link">Globetrotter-hold</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">{{FORM_HEADING}}</li>
      </ol>
    </nav>
    <h1>{{FORM_HEADING}}</h1>

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#EXISTING}}<input type="hidden" name="revision" value="{{REVISION}}">{{/EXISTING}}
      {{>NAME_FIELD}}
      {{>STARTS_FIELD}}
      {{>ENDS_FIELD}}
      {{>DEADLINE_FIELD}}
      {{>CAPACITY_FIELD}}
      {{>DESCRIPTION_FIELD}}
      {{>CHECKLIST_FIELD}}
      <button type="submit" class="button button-primary">Gem holdet</button>
      <a href="{{CANCEL_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
