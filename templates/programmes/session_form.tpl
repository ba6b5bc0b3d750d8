{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
        <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">Ny session</li>
      </ol>
    </nav>
    <h1>Ny session i {{PROGRAMME_NAME}}</h1>

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{>KIND_FIELD}}
      {{>TITLE_FIELD}}
      {{>DAY_FIELD}}
      {{>STARTS_FIELD}}
      {{>ENDS_FIELD}}
      {{>PLACE_FIELD}}
      {{>LINK_FIELD}}
      {{>TEACHER_FIELD}}
      {{>CAPACITY_FIELD}}
      {{>REGISTRATION_FIELD}}
      {{>CANCELLATION_FIELD}}
      <button type="submit" class="button button-primary">Opret sessionen</button>
      <a href="{{PROGRAMME_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
