{{%AUTOESCAPE context="HTML"}}
<h1>Min ledelseskæde</h1>
{{#NOT_LINKED}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Vi kan ikke finde dig i organisationen</p>
    <p class="alert-text">Dit login ({{USER_EMAIL}}) er ikke knyttet til en medarbejder i HR-systemets data. Det sker, når din arbejdsmail i HR-systemet er en anden end den, du logger ind med. Skriv til <a href="mailto:ledelsesportal@rm.dk">ledelsesportal@rm.dk</a>, så hjælper vi.</p>
  </div>
</div>
{{/NOT_LINKED}}

{{#ME}}
<p class="font-lead">Her ser du, hvem der leder dig hele vejen op til toppen, og hvad du selv leder, <a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>.</p>

<section aria-labelledby="chain-heading" class="portal-section">
  <h2 id="chain-heading">Dine ledere</h2>
  {{#NO_CHAIN}}<p>Der er ingen ledere over dig i organisationen.</p>{{/NO_CHAIN}}
  <ol class="portal-chain">
    {{#CHAIN_STEP}}
    <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>: {{#LEADERSHIP}}{{#SHARED_LEADERSHIP}}fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}</span>{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</li>
    {{/CHAIN_STEP}}
  </ol>
</section>

<section aria-labelledby="led-heading" class="portal-section">
  <h2 id="led-heading">Det leder du</h2>
  {{#LEADS_NOTHING}}<p>Du er ikke registreret som leder af en enhed i HR-systemet. Er du leder, og er det forkert, så kontakt din HR-afdeling.</p>{{/LEADS_NOTHING}}
  {{#LED}}
  <section class="portal-led-unit" aria-label="{{UNIT_NAME}}">
    <h3><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span></h3>
    <dl class="portal-details portal-led-counts">
      <dt>Medarbejdere i alt</dt>
      <dd>{{PEOPLE_TOTAL}}</dd>
      <dt>Underliggende enheder</dt>
      <dd>{{SUB_UNITS}}</dd>
      <dt>Ledere under dig</dt>
      <dd>{{LEADERS}}</dd>
      <dt>Heraf nye ledere</dt>
      <dd>{{NEW_LEADERS}}</dd>
    </dl>
    {{#CHILDREN}}
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Enheder under {{UNIT_NAME}}">
      <table class="table table--zebra">
        <caption class="sr-only">Enheder direkte under {{UNIT_NAME}}</caption>
        <thead>
          <tr>
            <th scope="col">Enhed</th>
            <th scope="col" class="portal-number">Medarbejdere i alt</th>
            <th scope="col">Ledelse</th>
          </tr>
        </thead>
        <tbody>
          {{#CHILD}}
          <tr>
            <td><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_STATE}}{{#UNIT_CLOSED}} <span class="badge">Lukket</span>{{/UNIT_CLOSED}}{{/UNIT_STATE}}</td>
            <td class="portal-number">{{PEOPLE_TOTAL}}</td>
            <td>{{#LEADERSHIP}}{{#NO_LEADER}}Ingen leder{{/NO_LEADER}}{{#SHARED_LEADERSHIP}}Fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</td>
          </tr>
          {{/CHILD}}
        </tbody>
      </table>
    </div>
    {{/CHILDREN}}
  </section>
  {{/LED}}
</section>
{{/ME}}
