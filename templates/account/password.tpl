{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/min-profil" class="breadcrumbs__link">Min profil</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Skift adgangskode</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-md-10 col-lg-8">
{{>ERROR_SUMMARY}}
    <h1>Skift adgangskode</h1>
    <p>Når du har skiftet adgangskode, bliver du logget ud alle andre steder, hvor du er logget ind. Her på denne enhed forbliver du logget ind.</p>
    <form method="post" action="/min-profil/adgangskode" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{>CURRENT_FIELD}}
      {{>NEW_FIELD}}
      {{>REPEATED_FIELD}}
      <button type="submit" class="button button-primary">Skift adgangskode</button>
      <a href="/min-profil" class="button button-secondary">Annuller</a>
    </form>
  </div>
</div>
