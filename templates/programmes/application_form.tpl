{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/udvikling/kohorter" class="breadcrumbs__link">Globetrotter-hold</a></li>
        <li class="breadcrumbs__list-item"><a href="{{COHORT_HREF}}" class="breadcrumbs__link">{{COHORT_NAME}}</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">Ansøgning</li>
      </ol>
    </nav>
    <h1>{{HEADING}}</h1>
    <p>Holdet løber {{DATES}}. Ansøgningsfristen er {{DEADLINE}}. Når du har sendt ansøgningen, får din egen leder besked om at godkende forberedelsen; derefter afgør Koncern HR optagelsen.</p>
    {{#RETURNED}}
    <div class="alert alert-warning" role="status">
      <div class="alert-body">
        <h2 class="alert-heading h5">Din leder har sendt ansøgningen tilbage</h2>
        <p class="alert-text portal-preserve-lines">{{COMMENT:pre_escape}}</p>
      </div>
    </div>
    {{/RETURNED}}

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#RETURNED}}<input type="hidden" name="revision" value="{{REVISION}}">{{/RETURNED}}
      {{>MOTIVATION_FIELD}}
      <fieldset class="form-group" aria-describedby="checklist-hint">
        <legend class="form-label">Forberedelse sammen med din leder</legend>
        <span class="form-hint" id="checklist-hint">Kryds hvert punkt af, når det er gjort, og skriv gerne en kort note. Din leder kan kun godkende, når alle punkter er krydset af.</span>
        <ol class="nobullet-list">
          {{#ITEM}}
          <li>
            <div class="form-group-checkbox">
              <input type="checkbox" id="done-{{N}}" name="done-{{N}}" value="1" class="form-checkbox"{{#CHECKED}} checked{{/CHECKED}}>
              <label for="done-{{N}}">{{N}}. {{TEXT}}</label>
            </div>
            {{>NOTE_FIELD}}
          </li>
          {{/ITEM}}
        </ol>
      </fieldset>
      <button type="submit" class="button button-primary">Send ansøgningen</button>
      <a href="{{COHORT_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
