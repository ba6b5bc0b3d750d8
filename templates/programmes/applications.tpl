{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>Ansøgninger til Globetrotter</h1>
    <p><a href="{{COHORTS_HREF}}">Se holdene og søg om optagelse</a></p>

    <section aria-labelledby="til-godkendelse" class="portal-section">
      <h2 id="til-godkendelse">Til din godkendelse som leder</h2>
      {{#NONE_TO_SIGN}}<p>Ingen ansøgninger venter på din godkendelse.</p>{{/NONE_TO_SIGN}}
      {{#TO_SIGN}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Til din godkendelse">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Ansøgninger fra de ledere, du er nærmeste leder for, den ældste først</caption>
          <thead><tr><th scope="col">Ansøger</th><th scope="col">Enhed</th><th scope="col">Hold</th><th scope="col">Sendt</th></tr></thead>
          <tbody>
            {{#ROW}}<tr><td data-label="Ansøger"><a href="{{HREF}}">{{NAME}}</a></td><td data-label="Enhed">{{UNIT}}</td><td data-label="Hold">{{COHORT}}</td><td data-label="Sendt">{{SUBMITTED}}</td></tr>{{/ROW}}
          </tbody>
        </table>
      </div>
      {{/TO_SIGN}}
    </section>

    {{#MAINTAIN}}
    <section aria-labelledby="til-afgoerelse" class="portal-section">
      <h2 id="til-afgoerelse">Til Koncern HR's afgørelse</h2>
      {{#NONE_TO_DECIDE}}<p>Ingen godkendte ansøgninger venter på afgørelse.</p>{{/NONE_TO_DECIDE}}
      {{#TO_DECIDE}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Til afgørelse">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Ansøgninger, som lederen har godkendt, den ældste først</caption>
          <thead><tr><th scope="col">Ansøger</th><th scope="col">Enhed</th><th scope="col">Hold</th><th scope="col">Sendt</th></tr></thead>
          <tbody>
            {{#ROW}}<tr><td data-label="Ansøger"><a href="{{HREF}}">{{NAME}}</a></td><td data-label="Enhed">{{UNIT}}</td><td data-label="Hold">{{COHORT}}</td><td data-label="Sendt">{{SUBMITTED}}</td></tr>{{/ROW}}
          </tbody>
        </table>
      </div>
      {{/TO_DECIDE}}
    </section>
    {{/MAINTAIN}}

    <section aria-labelledby="mine" class="portal-section">
      <h2 id="mine">Dine ansøgninger</h2>
      {{#NONE_MINE}}<p>Du har ikke søgt om optagelse på et hold.</p>{{/NONE_MINE}}
      {{#MINE}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Dine ansøgninger">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Dine ansøgninger, den nyeste først</caption>
          <thead><tr><th scope="col">Hold</th><th scope="col">Sendt</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {{#ROW}}<tr><td data-label="Hold"><a href="{{HREF}}">{{COHORT}}</a></td><td data-label="Sendt">{{SUBMITTED}}</td><td data-label="Status"><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span></td></tr>{{/ROW}}
          </tbody>
        </table>
      </div>
      {{/MINE}}
    </section>
  </div>
</div>
