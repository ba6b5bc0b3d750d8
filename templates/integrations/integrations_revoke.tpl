{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/administration/integrationer" class="breadcrumbs__link">Integrationer</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Tilbagekald nøgle</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
    <h1>Tilbagekald nøglen til »{{NAME}}«?</h1>
    <p class="font-lead">Nøglen, der begynder med <code>{{PREFIX}}</code>, holder op med at virke med det samme, og det kan ikke fortrydes. {{LAST_USED}}</p>
    <p>Skal systemet fortsat sende data, så opret en ny nøgle til det, og giv den til dem, der driver integrationen, før du tilbagekalder den gamle.</p>
    <form method="post" action="{{ACTION}}">
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button button-primary">Tilbagekald nøglen til »{{NAME}}«</button>
      <a href="/administration/integrationer" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
