{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}
    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
        <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
        <li class="breadcrumbs__list-item"><a href="{{TEAM_HREF}}" class="breadcrumbs__link">{{TEAM_NAME}}</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">{{HEADING}}</li>
      </ol>
    </nav>
    <h1>{{HEADING}}</h1>
    <p class="font-lead">{{TEAM_NAME}}</p>

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#EXISTING}}<input type="hidden" name="revision" value="{{REVISION}}">{{/EXISTING}}
      {{>DAY_FIELD}}
      {{>STARTS_FIELD}}
      {{>ENDS_FIELD}}
      {{>PLACE_FIELD}}
      {{>LINK_FIELD}}
      {{>THEME_FIELD}}
      {{>NOTES_FIELD}}
      {{>STATUS_FIELD}}
      <button type="submit" class="button button-primary">{{SUBMIT}}</button>
      <a href="{{TEAM_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
