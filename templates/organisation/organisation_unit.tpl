{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs portal-unit-chain" aria-label="Enhedens placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    {{#ANCESTOR}}
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    {{/ANCESTOR}}
    <li class="breadcrumbs__list-item" aria-current="page">{{UNIT_NAME}}</li>
  </ol>
</nav>

{{>ERROR_SUMMARY}}

<h1>{{UNIT_NAME}}</h1>
<p class="font-lead">{{UNIT_KIND}} med {{PEOPLE_DIRECT_TEXT}} i enheden og {{PEOPLE_TOTAL}} i alt med underliggende enheder.</p>
{{#UNIT_STATE}}{{#UNIT_CLOSED}}
<div class="alert alert-warning" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Enheden er lukket</p>
    <p class="alert-text">Den findes ikke længere i HR-systemet og vises kun af historiske grunde.</p>
  </div>
</div>
{{/UNIT_CLOSED}}{{/UNIT_STATE}}

<section aria-labelledby="leaders-heading" class="portal-section">
  <h2 id="leaders-heading">Ledelse</h2>
  {{#LEADERSHIP}}
  {{#NO_LEADER}}<p>Enheden har ingen leder. Medarbejderne hører under den nærmeste leder længere oppe i organisationen.</p>{{/NO_LEADER}}
  {{#SHARED_LEADERSHIP}}<p><span class="badge">Fælles ledelse</span> Enheden ledes af flere ledere sammen.</p>{{/SHARED_LEADERSHIP}}
  <ul class="portal-leader-list">
    {{#LEADER}}
    <li><a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}</span>{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}</li>
    {{/LEADER}}
  </ul>
  {{/LEADERSHIP}}
</section>

<section aria-labelledby="chain-heading" class="portal-section">
  <h2 id="chain-heading">Enhederne over {{UNIT_NAME}} og deres ledere</h2>
  <ol class="portal-chain">
    {{#ANCESTOR}}
    <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span>: {{#LEADERSHIP}}{{#NO_LEADER}}ingen leder{{/NO_LEADER}}{{#SHARED_LEADERSHIP}}fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</li>
    {{/ANCESTOR}}
  </ol>
  {{#IS_ROOT}}<p>Enheden er øverst i organisationen.</p>{{/IS_ROOT}}
</section>

{{#FOUNDATION}}
<section aria-labelledby="foundation-heading" class="portal-section">
  <h2 id="foundation-heading">Ledelsesgrundlaget i enheden</h2>
  {{#PART}}
  <h3>{{PART_HEADING}}</h3>
  <p>{{PART_TEXT}}</p>
  <ul class="nobullet-list inline-list">{{#PART_LINK}}<li><a href="{{LINK_HREF}}">{{LINK_LABEL}}</a></li>{{/PART_LINK}}</ul>
  {{/PART}}
</section>
{{/FOUNDATION}}

{{#DELEGATES}}
<section aria-labelledby="delegates-heading" class="portal-section">
  <h2 id="delegates-heading">Stedfortrædere</h2>
  <p>Stedfortrædere arbejder med enhedens oversættelse, plan og MED-drøftelser på ledernes vegne.</p>
  {{#NO_DELEGATES}}<p>Enheden har ingen stedfortrædere.</p>{{/NO_DELEGATES}}
  <ul class="portal-leader-list">
    {{#DELEGATE}}
    <li><a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}, siden {{SINCE}}</span>
      {{#REMOVE}}<form method="post" action="{{ACTION}}" class="d-inline">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="person" value="{{PERSON_ID}}">
        <button type="submit" class="button button-tertiary">Fjern<span class="sr-only"> {{PERSON_NAME}} som stedfortræder</span></button>
      </form>{{/REMOVE}}
    </li>
    {{/DELEGATE}}
  </ul>
  {{#DELEGATE_FORM}}
  <form method="post" action="{{ACTION}}" class="portal-section-form" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <h3>Tilføj en stedfortræder</h3>
    {{>PERSON_FIELD}}
    {{>EMPLOYEE_NO_FIELD}}
    <button type="submit" class="button button-secondary">Tilføj stedfortræder</button>
  </form>
  {{/DELEGATE_FORM}}
</section>
{{/DELEGATES}}

{{#CHILDREN}}
<section aria-labelledby="children-heading" class="portal-section">
  <h2 id="children-heading">Underliggende enheder</h2>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over underliggende enheder">
    <table class="table table--zebra portal-children">
      <caption class="sr-only">Underliggende enheder med antal medarbejdere og ledere</caption>
      <thead>
        <tr>
          <th scope="col">Enhed</th>
          <th scope="col">Type</th>
          <th scope="col" class="portal-number">Medarbejdere i alt</th>
          <th scope="col">Ledelse</th>
        </tr>
      </thead>
      <tbody>
        {{#CHILD}}
        <tr>
          <td><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_STATE}}{{#UNIT_CLOSED}} <span class="badge">Lukket</span>{{/UNIT_CLOSED}}{{/UNIT_STATE}}</td>
          <td>{{UNIT_KIND}}</td>
          <td class="portal-number">{{PEOPLE_TOTAL}}</td>
          <td>{{#LEADERSHIP}}{{#NO_LEADER}}Ingen leder{{/NO_LEADER}}{{#SHARED_LEADERSHIP}}Fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</td>
        </tr>
        {{/CHILD}}
      </tbody>
    </table>
  </div>
</section>
{{/CHILDREN}}

<section aria-labelledby="employees-heading" class="portal-section">
  <h2 id="employees-heading">Medarbejdere i enheden ({{EMPLOYEE_TOTAL}})</h2>
  {{#NO_EMPLOYEES}}<p>Der er ingen aktive medarbejdere direkte i enheden.</p>{{/NO_EMPLOYEES}}
  <ul class="portal-employee-list">
    {{#EMPLOYEE}}
    <li><a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}}</span></li>
    {{/EMPLOYEE}}
  </ul>
  {{>PAGER}}
</section>
