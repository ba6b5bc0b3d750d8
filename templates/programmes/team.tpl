{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    {{#LIST_LINK}}<li class="breadcrumbs__list-item"><a href="{{HREF}}" class="breadcrumbs__link">Rejsefæller-hold</a></li>{{/LIST_LINK}}
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>{{NAME}}</h1>
    <p class="font-lead">{{PROGRAMME_NAME}} for den fælles ledelse af {{#UNIT_LINK}}<a href="{{HREF}}">{{/UNIT_LINK}}{{UNIT}}{{#UNIT_LINK}}</a>{{/UNIT_LINK}}.</p>

    <section aria-labelledby="holdets-status" class="portal-section portal-status-box">
      <h2 id="holdets-status" class="h3">Status</h2>
      <p><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span> {{EXPLANATION}}</p>
      <dl class="portal-facts">
        <dt>Ledelseskonsulent</dt>
        <dd>{{#CONSULTANT}}{{NAME}}{{#EMAIL}}, <a href="mailto:{{ADDRESS}}">{{ADDRESS}}</a>{{/EMAIL}}{{/CONSULTANT}}{{#NO_CONSULTANT}}Koncern HR har endnu ikke tildelt en konsulent.{{/NO_CONSULTANT}}</dd>
        <dt>Tilbudt</dt><dd>{{OFFERED_ON}}</dd>
        {{#STARTED}}<dt>Begyndt</dt><dd>{{DAY}}</dd>{{/STARTED}}
        {{#ENDED}}<dt>Sluttet</dt><dd>{{DAY}}</dd>{{/ENDED}}
        {{#DECLINED}}<dt>Begrundelse for nej</dt><dd class="portal-preserve-lines">{{REASON:pre_escape}}</dd>{{/DECLINED}}
      </dl>
    </section>

    {{#ANSWER}}
    <section aria-labelledby="svar" class="portal-section d-print-none">
      <h2 id="svar" class="h3">Jeres svar på tilbuddet</h2>
      <p>Siger I ja, bliver I alle tilmeldt {{PROGRAMME_NAME}} med et år til forløbet, og I kan planlægge jeres møder her. Den ene svarer for hele holdet.</p>
      <form method="post" action="{{ACTION_BASE}}/ja">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        <button type="submit" class="button button-primary">Vi vil gerne deltage</button>
      </form>
      <form method="post" action="{{ACTION_BASE}}/nej" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        {{>REASON_FIELD}}
        <button type="submit" class="button button-secondary">Vi takker nej</button>
      </form>
    </section>
    {{/ANSWER}}

    <section aria-labelledby="medlemmer" class="portal-section">
      <h2 id="medlemmer" class="h3">Holdets medlemmer</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Holdets medlemmer">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Medlemmerne, deres ledelse af enheden og deres status i {{PROGRAMME_NAME}}</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Ledelse</th><th scope="col">{{PROGRAMME_NAME}}</th></tr></thead>
          <tbody>
            {{#MEMBER}}
            <tr>
              <th scope="row" data-label="Navn">{{NAME}}{{#LEFT}} (forlod holdet {{DAY}}){{/LEFT}}<br><span class="portal-muted">{{TITLE}}</span></th>
              <td data-label="Ledelse">{{LEADERSHIP}}</td>
              <td data-label="{{PROGRAMME_NAME}}">{{#PROGRESS}}<span class="badge {{STATE_CLASS}}">{{STATE}}</span> {{CRITERIA}}{{/PROGRESS}}{{#NOT_ENROLLED}}Ikke tilmeldt{{/NOT_ENROLLED}}</td>
            </tr>
            {{/MEMBER}}
          </tbody>
        </table>
      </div>
    </section>

    <section aria-labelledby="plan" class="portal-section">
      <h2 id="plan" class="h3">Holdets plan</h2>
      <p>{{HELD}}. Hvert afholdt møde tæller som en ledersparring for alle på holdet.</p>
      {{#CAN_PLAN}}<p class="d-print-none"><a href="{{NEW_HREF}}" class="button button-secondary">Planlæg et møde</a></p>{{/CAN_PLAN}}
      {{#NO_MEETINGS}}<p>Der er ingen møder i planen endnu.</p>{{/NO_MEETINGS}}
      {{#MEETING}}
      <article class="portal-section" aria-labelledby="moede-{{ID}}">
        <h3 id="moede-{{ID}}" class="h4">{{WHEN}}</h3>
        <p><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span> {{THEME}}</p>
        <dl class="portal-facts">
          {{#PLACE}}<dt>Sted</dt><dd>{{TEXT}}</dd>{{/PLACE}}
          {{#ONLINE}}<dt>Online</dt><dd><a href="{{HREF}}">Link til onlinemødet</a></dd>{{/ONLINE}}
          {{#NOTES}}<dt>Aftaler og noter</dt><dd class="portal-preserve-lines">{{TEXT:pre_escape}}</dd>{{/NOTES}}
        </dl>
        {{#MEETING_ACTIONS}}
        <div class="d-print-none">
          <a href="{{EDIT_HREF}}" class="button button-tertiary">Ret mødet<span class="sr-only"> – {{WHEN}}</span></a>
          {{#CAN_HOLD}}
          <form method="post" action="{{STATUS_ACTION}}" class="portal-inline-form">
            <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="revision" value="{{MEETING_REVISION}}">
            <input type="hidden" name="status" value="afholdt">
            <button type="submit" class="button button-secondary">Marker som afholdt<span class="sr-only"> – {{THEME}}</span></button>
          </form>
          {{/CAN_HOLD}}
          {{#CAN_CANCEL}}
          <form method="post" action="{{STATUS_ACTION}}" class="portal-inline-form">
            <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="revision" value="{{MEETING_REVISION}}">
            <input type="hidden" name="status" value="aflyst">
            <button type="submit" class="button button-tertiary">Aflys mødet<span class="sr-only"> – {{THEME}}</span></button>
          </form>
          {{/CAN_CANCEL}}
        </div>
        {{/MEETING_ACTIONS}}
      </article>
      {{/MEETING}}
    </section>

    {{#MAINTAIN}}
    <section aria-labelledby="koncern-hr" class="portal-section d-print-none">
      <h2 id="koncern-hr" class="h3">For Koncern HR</h2>
      <p><a href="{{EDIT_HREF}}">Ret holdets navn og tildel en konsulent</a></p>
      {{#CAN_COMPLETE}}
      <form method="post" action="{{ACTION_BASE}}/afslut">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="revision" value="{{REVISION}}">
        <button type="submit" class="button button-secondary">Afslut holdets forløb</button>
      </form>
      {{/CAN_COMPLETE}}
    </section>
    {{/MAINTAIN}}
  </div>
</div>
