{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Søg om Explorer</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>Søg om Explorer</h1>
    <p class="font-lead">Explorer er for dig, der har lyst til ledelse eller allerede tager medansvar, fx som koordinator, projektleder eller faglig leder. Forløbet begynder med fire fælles kursusdage, og bagefter lægger du en personlig plan med hjælp.</p>

    {{#ENROLLED}}
    <div class="alert alert-success"><div class="alert-body"><p class="alert-text">Du er med i Explorer. <a href="{{PLAN_HREF}}">Se og arbejd med din personlige plan</a>.</p></div></div>
    {{/ENROLLED}}
    {{#WAITING}}
    <div class="alert alert-info"><div class="alert-body"><p class="alert-text">Din ansøgning venter på din leders svar. Du får besked, når den er afgjort.</p></div></div>
    {{/WAITING}}
    {{#NO_LEADER}}
    <p>Der er ingen leder over dig i HR-data, som kan godkende en ansøgning. Kontakt HR, hvis det er forkert.</p>
    {{/NO_LEADER}}
    {{#APPLY}}
    <p>Ansøgningen går til {{LEADERS}} ({{LEADER_UNIT}}), som godkender eller afviser den. Afviser lederen, får du begrundelsen.</p>
    <form method="post" action="/udvikling/explorer/ansoeg" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{>MOTIVATION_FIELD}}
      <button type="submit" class="button button-primary">Send ansøgningen</button>
    </form>
    {{/APPLY}}

    {{#HISTORY}}
    <section aria-labelledby="mine-ansoegninger" class="portal-section">
      <h2 id="mine-ansoegninger">Dine ansøgninger og indstillinger</h2>
      <ul class="nobullet-list">
        {{#ENTRY}}
        <li class="portal-programme">
          <h3 class="h4">{{SOURCE}} {{CREATED}}</h3>
          <p><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span>{{#DECIDED}} {{WHEN}}{{/DECIDED}}{{#NOMINATOR}} · indstillet af {{NAME}}{{/NOMINATOR}}</p>
          <p class="portal-preserve-lines">{{MOTIVATION:pre_escape}}</p>
          {{#REASON}}<p><strong>Lederens begrundelse:</strong></p><p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>{{/REASON}}
          {{#PLAN}}<p><a href="{{HREF}}">Din personlige plan</a></p>{{/PLAN}}
          {{#WITHDRAW}}
          <form method="post" action="{{ACTION}}">
            <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="revision" value="{{REVISION}}">
            <button type="submit" class="button button-secondary">Træk ansøgningen tilbage</button>
          </form>
          {{/WITHDRAW}}
        </li>
        {{/ENTRY}}
      </ul>
    </section>
    {{/HISTORY}}
  </div>
</div>
