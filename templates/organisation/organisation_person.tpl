{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Her er du">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{PERSON_NAME}}</li>
  </ol>
</nav>

<h1>{{PERSON_NAME}}</h1>
<p class="font-lead">{{#TITLED}}{{PERSON_TITLE}} i{{/TITLED}}{{#UNTITLED}}Ansat i{{/UNTITLED}} <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">({{UNIT_KIND}})</span></p>
{{#IS_SELF}}<p><span class="badge badge-success">Det er dig</span></p>{{/IS_SELF}}
{{#PERSON_INACTIVE}}
<div class="alert alert-warning" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Personen er ikke længere ansat</p>
    <p class="alert-text">Personen findes ikke længere i HR-systemet og vises kun af historiske grunde.</p>
  </div>
</div>
{{/PERSON_INACTIVE}}

<section aria-labelledby="nearest-heading" class="portal-section">
  <h2 id="nearest-heading">Nærmeste leder</h2>
  {{#NEAREST}}
  <p>{{#LEADERSHIP}}{{#SHARED_LEADERSHIP}}<span class="badge">Fælles ledelse</span> {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}</span>{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}{{#LEADER_separator}} og {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}, leder af <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a></p>
  {{/NEAREST}}
  {{#NO_NEAREST}}<p>Personen har ingen leder over sig i organisationen.</p>{{/NO_NEAREST}}
</section>

{{#LEADS}}
<section aria-labelledby="leads-heading" class="portal-section">
  <h2 id="leads-heading">Leder af</h2>
  <ul>
    {{#LED_UNIT}}
    <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span>{{#UNIT_STATE}}{{#UNIT_CLOSED}} <span class="badge">Lukket</span>{{/UNIT_CLOSED}}{{/UNIT_STATE}}{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}</li>
    {{/LED_UNIT}}
  </ul>
</section>
{{/LEADS}}

<section aria-labelledby="chain-heading" class="portal-section">
  <h2 id="chain-heading">Ledelseskæden</h2>
  {{#NO_CHAIN}}<p>Der er ingen ledere over personen.</p>{{/NO_CHAIN}}
  <ol class="portal-chain">
    {{#CHAIN_STEP}}
    <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>: {{#LEADERSHIP}}{{#SHARED_LEADERSHIP}}fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}</span>{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</li>
    {{/CHAIN_STEP}}
  </ol>
</section>

{{#HR_DETAILS}}
<section aria-labelledby="hr-heading" class="portal-section portal-hr-details">
  <h2 id="hr-heading">HR-oplysninger</h2>
  <p class="form-hint">Du kan se oplysningerne, fordi du er personen selv, leder over personen, HR for personens enhed, koncernledelse eller administrator. Visningen bliver logget.</p>
  <dl class="portal-details">
    <dt>Medarbejdernummer</dt>
    <dd class="portal-employee-no">{{EMPLOYEE_NO}}</dd>
    <dt>E-mail</dt>
    <dd>{{#EMAIL}}<a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}{{#NO_EMAIL}}Ingen e-mail registreret{{/NO_EMAIL}}</dd>
    <dt>Status</dt>
    <dd>{{STATUS}}</dd>
  </dl>
  <h3>Lederroller</h3>
  {{#NO_HR_LEADERSHIP}}<p>Personen er ikke leder.</p>{{/NO_HR_LEADERSHIP}}
  <ul>
    {{#HR_LEADERSHIP}}
    <li>{{LEADER_KIND}} for <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> siden {{LEADER_SINCE}}</li>
    {{/HR_LEADERSHIP}}
  </ul>
  <h3>Adgang til portalen</h3>
  {{#NO_LOGIN}}<p>Personen har ikke noget login til portalen endnu.</p>{{/NO_LOGIN}}
  <ul class="portal-access-roles">
    {{#PORTAL_ROLE}}
    <li>{{ROLE}}</li>
    {{/PORTAL_ROLE}}
  </ul>
</section>
{{/HR_DETAILS}}
