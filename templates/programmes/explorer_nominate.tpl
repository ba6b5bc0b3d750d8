{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="/udvikling/explorer/indstillinger" class="breadcrumbs__link">Indstillinger og ansøgninger</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Indstil</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>Indstil en medarbejder til Explorer</h1>
    <p class="font-lead">Explorer er for medarbejdere med drivkraft, som har lyst til eller talent for ledelse, eller som allerede tager medansvar. Når du indstiller en medarbejder, er vedkommende optaget med det samme og får besked.</p>
    <form method="post" action="/udvikling/explorer/indstil" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{>PERSON_FIELD}}
      {{#MORE}}<p class="form-hint">Listen viser de første; {{TEXT}} mere kan du finde med e-mail eller medarbejdernummer.</p>{{/MORE}}
      {{>WHO_FIELD}}
      {{>MOTIVATION_FIELD}}
      <button type="submit" class="button button-primary">Indstil og optag</button>
      <a href="/udvikling/explorer/indstillinger" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
