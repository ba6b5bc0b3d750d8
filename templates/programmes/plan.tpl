{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{ENROLLMENT_HREF}}" class="breadcrumbs__link">{{NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Personlig plan</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-10">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}
    <h1>Personlig plan: {{NAME}}</h1>
    <p class="portal-muted">{{PROGRAMME_NAME}} · {{UNIT}}{{#HELPER}} · planlagt med hjælp fra {{TEXT}}{{/HELPER}}</p>

    <section aria-labelledby="planens-status" class="portal-section portal-status-box">
      <h2 id="planens-status" class="h3">Status</h2>
      <p><span class="badge {{STATE_CLASS}}">{{STATE}}</span> {{REASON}}</p>
      <p><strong>{{CRITERIA}}</strong></p>
      {{#AGREED}}<p>Planen blev aftalt {{WHEN}}{{#BY}} af {{NAME}}{{/BY}}. Den kan stadig ændres; ændringerne står nederst.</p>{{/AGREED}}
      {{#AGREE}}
      <p>Planen er ikke aftalt endnu. Når deltageren, lederen og den, der hjælper, er enige om aktiviteterne, markeres den som aftalt; så tæller den personlige plan med i status.</p>
      <form method="post" action="{{ACTION_BASE}}/aftalt" class="d-print-none" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        <div class="form-group{{#AGREE_ERROR}} form-error{{/AGREE_ERROR}}">
          {{#AGREE_ERROR}}<span class="form-error-message" id="agree-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/AGREE_ERROR}}
          <button type="submit" id="agree" class="button button-primary"{{#AGREE_ERROR}} aria-describedby="agree-error"{{/AGREE_ERROR}}>Planen er aftalt</button>
        </div>
      </form>
      {{/AGREE}}
    </section>

    <section aria-labelledby="aktiviteter" class="portal-section">
      <h2 id="aktiviteter" class="h3">Aktiviteter</h2>
      {{#NO_ACTIVITIES}}<p>Der er ingen aktiviteter i planen endnu. Tilføj den første nedenfor.</p>{{/NO_ACTIVITIES}}
      {{#ACTIVITIES}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Planens aktiviteter">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Planens aktiviteter i rækkefølge</caption>
          <thead><tr><th scope="col">Nr.</th><th scope="col">Aktivitet</th><th scope="col">Periode</th><th scope="col">Status</th><th scope="col" class="d-print-none">Handlinger</th></tr></thead>
          <tbody>
            {{#ACTIVITY}}
            <tr>
              <td data-label="Nr.">{{NUMBER}}</td>
              <td data-label="Aktivitet"><strong>{{TITLE}}</strong><br><span class="portal-muted">{{KIND}}</span>{{#DESCRIPTION}}<br><span class="portal-preserve-lines">{{TEXT:pre_escape}}</span>{{/DESCRIPTION}}</td>
              <td data-label="Periode">{{PERIOD}}</td>
              <td data-label="Status"><span class="badge badge-small {{STATUS_CLASS}}">{{STATUS}}</span></td>
              <td data-label="Handlinger" class="d-print-none">
                <a href="{{EDIT_HREF}}">Ret<span class="sr-only"> {{TITLE}}</span></a>
                {{#CAN_MOVE_UP}}
                <form method="post" action="{{MOVE_ACTION}}" class="portal-inline-form">
                  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
                  <input type="hidden" name="revision" value="{{REVISION}}">
                  <input type="hidden" name="retning" value="op">
                  <button type="submit" class="button button-tertiary">Flyt op<span class="sr-only">: {{TITLE}}</span></button>
                </form>
                {{/CAN_MOVE_UP}}
                {{#CAN_MOVE_DOWN}}
                <form method="post" action="{{MOVE_ACTION}}" class="portal-inline-form">
                  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
                  <input type="hidden" name="revision" value="{{REVISION}}">
                  <input type="hidden" name="retning" value="ned">
                  <button type="submit" class="button button-tertiary">Flyt ned<span class="sr-only">: {{TITLE}}</span></button>
                </form>
                {{/CAN_MOVE_DOWN}}
              </td>
            </tr>
            {{/ACTIVITY}}
          </tbody>
        </table>
      </div>
      {{/ACTIVITIES}}
    </section>

    <section aria-labelledby="ny-aktivitet" class="portal-section d-print-none">
      <h2 id="ny-aktivitet" class="h3">Tilføj en aktivitet</h2>
      <form method="post" action="{{ACTION_BASE}}/aktiviteter" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>TITLE_FIELD}}
        {{>KIND_FIELD}}
        {{>STARTS_FIELD}}
        {{>ENDS_FIELD}}
        {{>STATUS_FIELD}}
        {{>DESCRIPTION_FIELD}}
        <button type="submit" class="button button-primary">Tilføj aktiviteten</button>
      </form>
    </section>

    <section aria-labelledby="hjaelp" class="portal-section d-print-none">
      <h2 id="hjaelp" class="h3">Hjælp til planen</h2>
      <form method="post" action="{{ACTION_BASE}}/hjaelper" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>HELPER_FIELD}}
        <button type="submit" class="button button-secondary">Gem</button>
      </form>
    </section>

    {{#CHANGES}}
    <section aria-labelledby="aendringer" class="portal-section">
      <h2 id="aendringer" class="h3">Ændringer, efter planen blev aftalt</h2>
      <ul>
        {{#CHANGE}}<li>{{WHEN}}: {{TEXT}}</li>{{/CHANGE}}
      </ul>
    </section>
    {{/CHANGES}}
  </div>
</div>
