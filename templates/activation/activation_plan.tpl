{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Enhedens placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    {{#ANCESTOR}}
    <li class="breadcrumbs__list-item"><a href="{{CRUMB_HREF}}" class="breadcrumbs__link">{{CRUMB_NAME}}</a></li>
    {{/ANCESTOR}}
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Aktiveringsplan</li>
  </ol>
</nav>
{{>ERROR_SUMMARY}}
{{#ALERT}}
<div class="alert alert-warning" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Ikke gemt</p>
    <p class="alert-text">{{MESSAGE}}</p>
    <p class="alert-text">Siden viser nu den nuværende version af planen.</p>
  </div>
</div>
{{/ALERT}}

<h1>Aktiveringsplan for {{UNIT_NAME}}</h1>
<p class="font-lead">Enhedens lokale plan for oversættelse og aktivering af ledelsesgrundlaget: hvilke dialoger og aktiviteter enheden gennemfører, hvornår og med hvem, og hvad der kom ud af dem.</p>

{{#NO_ROUNDS}}
<p>Der er ingen aktiveringsrunder endnu. Når koncernledelsen har oprettet en runde, kan enheden lave sin plan her.</p>
{{/NO_ROUNDS}}

{{#OTHER_ROUNDS}}
<nav aria-label="Aktiveringsrunder" class="portal-section">
  <p>Vælg runde:</p>
  <ul class="nobullet-list inline-list">
    {{#OTHER_ROUND}}<li>{{#OTHER_SELECTED}}<strong aria-current="page">{{OTHER_NAME}}</strong>{{/OTHER_SELECTED}}{{#OTHER_LINK}}<a href="{{OTHER_HREF}}">{{OTHER_NAME}}</a>{{/OTHER_LINK}}</li>{{/OTHER_ROUND}}
  </ul>
</nav>
{{/OTHER_ROUNDS}}

{{#ROUND_SHOWN}}
<section aria-labelledby="round-heading" class="portal-section">
  <h2 id="round-heading">{{ROUND_NAME}}</h2>
  <p>Start {{ROUND_STARTS}}. Frist for planer {{ROUND_DEADLINE}}. <span class="portal-muted">{{ROUND_STATE}}</span></p>
  {{#ROUND_DESCRIPTION}}<div class="portal-markdown">{{HTML:none}}</div>{{/ROUND_DESCRIPTION}}
  <p>Planens status: <span class="badge {{STATE_BADGE}}">{{STATE_LABEL}}</span></p>
</section>
{{/ROUND_SHOWN}}

{{#NO_PLAN}}
<section aria-labelledby="no-plan-heading" class="portal-section">
  <h2 id="no-plan-heading">Enheden har ingen plan i runden</h2>
  {{#PLAN_OVERDUE}}
  <div class="alert alert-error" role="status">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
    <div class="alert-body"><p class="alert-text">Fristen for planen er overskredet, og enheden har endnu ingen plan.</p></div>
  </div>
  {{/PLAN_OVERDUE}}
  {{#PLAN_MISSING}}
  <div class="alert alert-warning" role="status">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
    <div class="alert-body"><p class="alert-text">Runden er i gang, og enheden mangler sin plan.</p></div>
  </div>
  {{/PLAN_MISSING}}
  {{#PLAN_NOT_DUE}}<p>Runden er ikke startet endnu, men planen kan godt laves allerede nu.</p>{{/PLAN_NOT_DUE}}
  {{#NOT_EXPECTED}}<p>Enheden har ingen aktiv leder, så den er dækket af planen hos den nærmeste leder over den.</p>{{/NOT_EXPECTED}}
  {{#CREATE_PLAN}}
  <form method="post" action="{{CREATE_ACTION}}">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="round" value="{{ROUND_ID}}">
    <button type="submit" class="button button-primary">Opret enhedens plan</button>
  </form>
  {{/CREATE_PLAN}}
  {{#READ_ONLY}}<p>Planen laves af enhedens leder.</p>{{/READ_ONLY}}
</section>
{{/NO_PLAN}}

{{#PLAN}}
<section aria-labelledby="plan-heading" class="portal-section">
  <h2 id="plan-heading">Planen</h2>
  <p>Status: <strong>{{PLAN_STATUS}}</strong>. Oprettet {{PLAN_CREATED}}, senest ændret {{PLAN_UPDATED}}.{{#APPROVED}} Godkendt {{APPROVED_AT}}{{#APPROVER}} af {{APPROVED_BY}}{{/APPROVER}}.{{/APPROVED}}</p>
  {{#WITHDRAWN}}
  <div class="alert alert-info" role="status">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
    <div class="alert-body">
      <p class="alert-heading">Godkendelsen er trukket tilbage</p>
      <p class="alert-text">{{WITHDRAWN_AT}}{{#WITHDRAWER}} af {{WITHDRAWN_BY}}{{/WITHDRAWER}}. Begrundelse: {{WITHDRAWAL_REASON}}</p>
    </div>
  </div>
  {{/WITHDRAWN}}
  {{#APPROVAL_BY}}<p>Planen godkendes af lederen over enheden: {{APPROVERS}}.</p>{{/APPROVAL_BY}}
  {{#APPROVE_EMPTY}}<p id="approve">Du godkender planen, når enheden har tilføjet mindst én aktivitet. En tom plan kan ikke godkendes.</p>{{/APPROVE_EMPTY}}
  {{#APPROVE}}
  <form method="post" action="{{APPROVE_ACTION}}" class="portal-section" id="approve">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="revision" value="{{PLAN_REVISION}}">
    <p>Du er leder over enheden og godkender dens plan. Enheden kan stadig tilføje og rette aktiviteter bagefter.</p>
    <button type="submit" class="button button-primary">Godkend planen</button>
  </form>
  {{/APPROVE}}
  {{#WITHDRAW}}
  <details class="portal-section portal-withdraw"{{#WITHDRAW_OPEN}} open{{/WITHDRAW_OPEN}}>
    <summary>Træk godkendelsen tilbage</summary>
    <form method="post" action="{{WITHDRAW_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="revision" value="{{PLAN_REVISION}}">
      {{>REASON_FIELD}}
      <button type="submit" class="button button-secondary">Træk godkendelsen tilbage</button>
    </form>
  </details>
  {{/WITHDRAW}}
  {{#OVERDUE_SUMMARY}}
  <div class="alert alert-warning" role="status">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
    <div class="alert-body"><p class="alert-text">{{OVERDUE_TEXT}} Marker dem som gennemført, flyt datoen, eller aflys dem.</p></div>
  </div>
  {{/OVERDUE_SUMMARY}}
  <h3>Noter</h3>
  {{#NOTES_TEXT}}<div class="portal-markdown">{{HTML:none}}</div>{{/NOTES_TEXT}}
  {{#NO_NOTES}}<p class="portal-muted">Ingen noter.</p>{{/NO_NOTES}}

  {{#EDIT_PLAN}}
  <form method="post" action="{{NOTES_ACTION}}" novalidate class="portal-section">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="revision" value="{{PLAN_REVISION}}">
    {{>NOTES_FIELD}}
    <button type="submit" class="button button-secondary">Gem noter</button>
  </form>
  {{/EDIT_PLAN}}
</section>

<section aria-labelledby="activities-heading" class="portal-section">
  <h2 id="activities-heading">Aktiviteter</h2>
  {{#EDIT_PLAN}}<p><a class="button button-primary" href="{{NEW_ACTIVITY_HREF}}">Tilføj aktivitet</a></p>{{/EDIT_PLAN}}
  {{#NO_ACTIVITIES}}<p>Planen har ingen aktiviteter endnu.</p>{{/NO_ACTIVITIES}}
  {{#ACTIVITIES}}
  <ul class="nobullet-list portal-activities">
    {{#ACTIVITY}}
    <li class="portal-activity" id="aktivitet-{{ACTIVITY_ID}}">
      <h3>{{TITLE}}</h3>
      <p><span class="badge">{{STATUS_LABEL}}</span>{{#ACTIVITY_STATE}}{{#OVERDUE}} <span class="badge badge-error">Overskredet</span>{{/OVERDUE}}{{#FROM_DIALOGUE}} <a href="{{SOURCE_HREF}}" class="badge badge-info">Fra en aftale i en dialogsession</a>{{/FROM_DIALOGUE}}{{/ACTIVITY_STATE}}</p>
      <dl class="portal-facts">
        <dt>Slags</dt><dd>{{KIND_LABEL}}</dd>
        <dt>Planlagt dato</dt><dd>{{PLANNED_ON}}</dd>
        <dt>Ansvarlig</dt><dd>{{RESPONSIBLE}}</dd>
        {{#ACTIVITY_STATE}}{{#PARTICIPANTS}}<dt>Deltagere</dt><dd>{{TEXT}}</dd>{{/PARTICIPANTS}}
        {{#DONE}}<dt>Gennemført</dt><dd>{{COMPLETED_ON}}</dd>{{/DONE}}
        {{#CANCELLED}}<dt>Aflyst</dt><dd>{{#CANCELLED_ON}}{{DATE}}{{/CANCELLED_ON}}{{#CANCELLED_BY}} af {{NAME}}{{/CANCELLED_BY}}</dd>{{#CANCELLATION_REASON}}<dt>Begrundelse</dt><dd>{{TEXT}}</dd>{{/CANCELLATION_REASON}}{{/CANCELLED}}{{/ACTIVITY_STATE}}
      </dl>
      {{#ACTIVITY_STATE}}{{#CANCELLED}}{{#REOPEN}}
      <form method="post" action="{{REOPEN_ACTION}}" class="portal-inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{ACTIVITY_REVISION}}">
        <button type="submit" class="button button-secondary">Genoptag <span class="sr-only">{{TITLE}}</span></button>
      </form>
      {{/REOPEN}}{{/CANCELLED}}{{/ACTIVITY_STATE}}
      {{#ACTIVITY_STATE}}{{#DONE}}
      {{#OUTCOME}}<h4>Hvad kom der ud af det</h4><div class="portal-markdown">{{HTML:none}}</div>{{/OUTCOME}}
      {{#AGREEMENTS}}<h4>Aftaler</h4><div class="portal-markdown">{{HTML:none}}</div>{{/AGREEMENTS}}
      {{/DONE}}
      {{#CALENDAR}}<p class="portal-activity-calendar d-print-none"><a href="{{CALENDAR_HREF}}">Føj til din kalender <span class="sr-only">({{TITLE}})</span></a></p>{{/CALENDAR}}
      {{#ACTIONS}}
      <ul class="nobullet-list inline-list portal-activity-actions">
        <li><a href="{{EDIT_HREF}}">Ret <span class="sr-only">{{TITLE}}</span></a></li>
        <li><a href="{{COMPLETE_HREF}}">{{COMPLETE_LABEL}} <span class="sr-only">({{TITLE}})</span></a></li>
        {{#CANCEL}}<li><a href="{{CANCEL_HREF}}">Aflys <span class="sr-only">{{TITLE}}</span></a></li>{{/CANCEL}}
      </ul>
      {{/ACTIONS}}{{/ACTIVITY_STATE}}
    </li>
    {{/ACTIVITY}}
  </ul>
  {{/ACTIVITIES}}
</section>
{{/PLAN}}
