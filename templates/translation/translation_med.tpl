{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{TRANSLATION_HREF}}" class="breadcrumbs__link">Oversættelse</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">MED-drøftelser</li>
  </ol>
</nav>

<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}

    <h1>MED-drøftelser af oversættelsen for {{UNIT_NAME}}</h1>

    <section aria-labelledby="list-heading" class="portal-section">
      <h2 id="list-heading">Registrerede drøftelser</h2>
      {{#NO_DISCUSSIONS}}<p>Der er ikke registreret nogen drøftelse endnu.</p>{{/NO_DISCUSSIONS}}
      {{#DISCUSSIONS}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over MED-drøftelser">
        <table class="table table--zebra">
          <caption class="sr-only">MED-drøftelser, nyeste møde først</caption>
          <thead>
            <tr><th scope="col">Mødedato</th><th scope="col">Udvalg</th><th scope="col">Version</th><th scope="col">Bemærkninger</th><th scope="col">Registreret af</th></tr>
          </thead>
          <tbody>
            {{#ROW}}
            <tr><td>{{HELD_ON}}</td><td>{{COMMITTEE}}</td><td>{{VERSION}}</td><td>{{REMARKS}}</td><td>{{RECORDED_BY}}, {{RECORDED_AT}}</td></tr>
            {{/ROW}}
          </tbody>
        </table>
      </div>
      {{/DISCUSSIONS}}
    </section>

    {{#FORM}}
    <section aria-labelledby="form-heading" class="portal-section">
      <h2 id="form-heading">Registrer en drøftelse</h2>
      <p>{{CONCERNS}}</p>
      <form method="post" action="{{MED_HREF}}" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>HELD_ON_FIELD}}
        {{>COMMITTEE_FIELD}}
        {{>REMARKS_FIELD}}
        <button type="submit" class="button button-primary">Registrer drøftelsen</button>
      </form>
    </section>
    {{/FORM}}
  </div>
</div>
