{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{#SELF_ERROR}}<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">{{MESSAGE}}</p></div></div>{{/SELF_ERROR}}
    <h1>{{NAME}}</h1>
    <p class="portal-muted">{{KIND}}</p>
    <p class="font-lead">{{SUMMARY}}</p>
    <p>{{#MANDATORY}}<span class="badge badge-small">Obligatorisk</span> {{/MANDATORY}}{{#OPEN}}<span class="badge badge-small badge-success">Åben for tilmelding</span>{{/OPEN}}{{#CLOSED}}<span class="badge badge-small">Lukket for tilmelding</span>{{/CLOSED}}{{#IS_ARCHIVED}} <span class="badge badge-small">Arkiveret</span>{{/IS_ARCHIVED}}</p>

    {{#MINE}}
    <section aria-labelledby="din-status" class="portal-section portal-status-box">
      <h2 id="din-status" class="h3">Din status</h2>
      <p><span class="badge {{STATE_CLASS}}">{{STATE}}</span> {{REASON}}</p>
      <p><strong>{{CRITERIA}}</strong></p>
      <p class="portal-muted">{{SOURCE}} · tilmeldt fra {{ENROLLED_ON}} · <a href="{{HREF}}">Se din deltagelse</a></p>
    </section>
    {{/MINE}}
    {{#SELF_ENROL}}
    <section aria-labelledby="tilmelding" class="portal-section d-print-none">
      <h2 id="tilmelding" class="h3">Tilmelding</h2>
      <form method="post" action="{{ACTION}}">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-primary">Tilmeld mig forløbet</button>
      </form>
      <p class="form-hint">Som deltager kan du tilmelde dig forløbets sessioner. Du kan melde dig ud igen fra din deltagelse.</p>
    </section>
    {{/SELF_ENROL}}
    {{#WAY_IN}}
    <section aria-labelledby="saadan" class="portal-section">
      <h2 id="saadan" class="h3">Sådan kommer du med</h2>
      <p>{{TEXT}}</p>
      {{#LINK}}<p><a href="{{HREF}}">{{TEXT}}</a></p>{{/LINK}}
    </section>
    {{/WAY_IN}}

    <dl class="portal-facts">
      {{#FACT}}<dt>{{LABEL}}</dt><dd class="portal-preserve-lines">{{TEXT:pre_escape}}</dd>{{/FACT}}
    </dl>

    {{#REQUIREMENTS}}
    <section aria-labelledby="krav" class="portal-section">
      <h2 id="krav" class="h3">Det kræver forløbet</h2>
      <p>For at gennemføre forløbet: {{TEXT}}.</p>
      {{#VARIANT}}<p>{{LEADERS}}: {{TEXT}}.</p>{{/VARIANT}}
    </section>
    {{/REQUIREMENTS}}

    {{#CONTENT}}
    <section aria-labelledby="indhold" class="portal-section">
      <h2 id="indhold" class="h3">Indhold</h2>
      <div class="portal-markdown">{{CONTENT_HTML:none}}</div>
    </section>
    {{/CONTENT}}

    <section aria-labelledby="sessioner" class="portal-section">
      <h2 id="sessioner" class="h3">Kommende sessioner</h2>
      {{#NO_SESSIONS}}<p>Der er ingen kommende sessioner i forløbet lige nu.</p>{{/NO_SESSIONS}}
      {{#SESSIONS}}
      <ul class="nobullet-list">
        {{#SESSION}}
        <li class="portal-programme">
          <h3 class="h4"><a href="{{HREF}}">{{TITLE}}</a></h3>
          <p>{{KIND}} · {{WHEN}} · {{PLACE}}</p>
          <p class="portal-muted">{{SEATS}}</p>
        </li>
        {{/SESSION}}
      </ul>
      {{/SESSIONS}}
    </section>

    {{#MAINTAIN}}
    <section aria-labelledby="vedligehold" class="portal-section d-print-none">
      <h2 id="vedligehold" class="h3">For Koncern HR</h2>
      <p>{{PARTICIPANTS}} er tilmeldt lige nu. <a href="{{OVERVIEW_HREF}}">Se dem i oversigten</a></p>
      <p><a href="{{EDIT_HREF}}" class="button button-secondary">Ret forløbet</a>
        <a href="{{NEW_SESSION_HREF}}" class="button button-secondary">Planlæg en session</a></p>
      {{#ENROL_OTHER}}
      <h3 class="h4" id="tilmeld-andre">Tilmeld en deltager</h3>
      {{>ERROR_SUMMARY}}
      <form method="post" action="{{ACTION}}" novalidate aria-labelledby="tilmeld-andre">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>PERSON_FIELD}}
        {{>DEADLINE_FIELD}}
        <button type="submit" class="button button-secondary">Tilmeld</button>
      </form>
      {{/ENROL_OTHER}}
    </section>
    {{/MAINTAIN}}
  </div>
</div>
