{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{#WITHDRAW_CONFLICT}}<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">{{MESSAGE}}</p></div></div>{{/WITHDRAW_CONFLICT}}
    <h1>{{NAME}}: {{PROGRAMME_NAME}}</h1>
    <p class="portal-muted">{{UNIT}}{{#VARIANT}} · {{TEXT}}{{/VARIANT}} · {{SOURCE}} · tilmeldt fra {{ENROLLED_ON}}</p>

    <section aria-labelledby="status" class="portal-section portal-status-box">
      <h2 id="status" class="h3">Status</h2>
      <p><span class="badge {{STATE_CLASS}}">{{STATE}}</span> {{REASON}}</p>
      <p><strong>{{CRITERIA}}</strong></p>
      {{#EXEMPT}}<p class="portal-preserve-lines">Fritaget: {{REASON:pre_escape}}</p>{{/EXEMPT}}
      {{#WITHDRAWN}}<p><span class="badge badge-small">Afmeldt</span> <span class="portal-preserve-lines">Deltagelsen blev afmeldt {{WHEN}}: {{REASON:pre_escape}}</span></p>{{/WITHDRAWN}}
      {{#CERTIFICATE}}<p><a href="{{HREF}}" class="button button-primary">Se og udskriv dit deltagerbevis</a></p>{{/CERTIFICATE}}
    </section>

    <section aria-labelledby="sessioner" class="portal-section">
      <h2 id="sessioner" class="h3">Sessioner</h2>
      {{#NO_REGISTRATIONS}}<p>Ingen tilmeldinger til sessioner i forløbet endnu.</p>{{/NO_REGISTRATIONS}}
      <ul>
        {{#REGISTRATION}}<li><a href="{{HREF}}">{{TITLE}}</a>, {{WHEN}}: {{STATE}}</li>{{/REGISTRATION}}
      </ul>
    </section>

    <section aria-labelledby="merit" class="portal-section">
      <h2 id="merit" class="h3">Merit</h2>
      {{#NO_CREDITS}}<p>Ingen merit.</p>{{/NO_CREDITS}}
      <ul>
        {{#CREDIT}}<li class="portal-preserve-lines">{{WHAT}} ({{WHEN}}): {{REASON:pre_escape}}</li>{{/CREDIT}}
      </ul>
    </section>

    {{#WITHDRAW}}
    <section aria-labelledby="afmeld" class="portal-section d-print-none">
      <h2 id="afmeld" class="h3">{{HEADING}}</h2>
      {{>ERROR_SUMMARY}}
      <form method="post" action="{{ACTION}}" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>WITHDRAWAL_REASON_FIELD}}
        <button type="submit" class="button button-secondary">Afmeld</button>
      </form>
      <p class="form-hint">Fremmøde og merit bliver stående i historikken.</p>
    </section>
    {{/WITHDRAW}}

    {{#MAINTAIN}}
    <section aria-labelledby="hr" class="portal-section d-print-none">
      <h2 id="hr" class="h3">For Koncern HR</h2>
      {{>ERROR_SUMMARY}}
      <h3 class="h4">Giv merit</h3>
      <form method="post" action="{{ACTION_BASE}}/merit" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>CREDIT_KIND_FIELD}}
        {{>CREDIT_COUNT_FIELD}}
        {{>CREDIT_REASON_FIELD}}
        <button type="submit" class="button button-secondary">Gem meritten</button>
      </form>

      <h3 class="h4">Fritagelse</h3>
      {{#EXEMPTION_CONFLICT}}<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">{{MESSAGE}}</p></div></div>{{/EXEMPTION_CONFLICT}}
      <form method="post" action="{{ACTION_BASE}}/fritagelse" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{#GIVE_EXEMPTION}}
        <input type="hidden" name="exempt" value="1">
        {{>EXEMPTION_REASON_FIELD}}
        <button type="submit" class="button button-secondary">Fritag</button>
        {{/GIVE_EXEMPTION}}
        {{#LIFT_EXEMPTION}}
        <input type="hidden" name="exempt" value="0">
        <button type="submit" class="button button-secondary">Ophæv fritagelsen</button>
        {{/LIFT_EXEMPTION}}
      </form>
    </section>
    {{/MAINTAIN}}
  </div>
</div>
