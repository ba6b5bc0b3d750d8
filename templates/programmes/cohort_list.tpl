{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Hold</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>Globetrotter-hold</h1>
    <p>Globetrotter er et halvårligt læringsfællesskab for erfarne ledere. Du søger om plads på et hold, forbereder dig sammen med din egen leder, og Koncern HR optager deltagerne.</p>
    {{#CAN_MAINTAIN}}<p class="d-print-none"><a href="/udvikling/kohorter/ny" class="button button-secondary">Nyt hold</a> <a href="/udvikling/ansoegninger" class="button button-tertiary">Ansøgninger til afgørelse</a></p>{{/CAN_MAINTAIN}}

    <section aria-labelledby="aabne-hold" class="portal-section">
      <h2 id="aabne-hold">Åbne for ansøgning</h2>
      {{#NONE_OPEN}}<p>Der er ingen hold, der tager imod ansøgninger lige nu.</p>{{/NONE_OPEN}}
      {{#OPEN}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Hold, der er åbne for ansøgning">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Hold, der er åbne for ansøgning, med den tidligste frist først</caption>
          <thead><tr><th scope="col">Hold</th><th scope="col">Periode</th><th scope="col">Ansøgningsfrist</th><th scope="col">Ledige pladser</th></tr></thead>
          <tbody>
            {{#COHORT}}<tr><td data-label="Hold"><a href="{{HREF}}">{{NAME}}</a></td><td data-label="Periode">{{DATES}}</td><td data-label="Ansøgningsfrist">{{DEADLINE}}</td><td data-label="Ledige pladser">{{FREE}} af {{CAPACITY}}</td></tr>{{/COHORT}}
          </tbody>
        </table>
      </div>
      {{/OPEN}}
    </section>

    {{#OTHERS}}
    <section aria-labelledby="andre-hold" class="portal-section">
      <h2 id="andre-hold">Igangværende og tidligere hold</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Igangværende og tidligere hold">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Hold, der ikke tager imod ansøgninger, det seneste først</caption>
          <thead><tr><th scope="col">Hold</th><th scope="col">Periode</th><th scope="col">Ansøgningsfrist</th><th scope="col">Ledige pladser</th></tr></thead>
          <tbody>
            {{#COHORT}}<tr><td data-label="Hold"><a href="{{HREF}}">{{NAME}}</a></td><td data-label="Periode">{{DATES}}</td><td data-label="Ansøgningsfrist">{{DEADLINE}}</td><td data-label="Ledige pladser">{{FREE}} af {{CAPACITY}}</td></tr>{{/COHORT}}
          </tbody>
        </table>
      </div>
    </section>
    {{/OTHERS}}
  </div>
</div>
