{{%AUTOESCAPE context="HTML"}}
{{#CAN_EDIT}}
{{>ERROR_SUMMARY}}
{{>CONFLICT}}
{{/CAN_EDIT}}

<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_SESSIONS_HREF}}" class="breadcrumbs__link">Dialogsessioner</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{SESSION_TITLE}}</li>
  </ol>
</nav>

<h1>{{SESSION_TITLE}}</h1>
<dl class="portal-facts">
  <dt>Dato</dt><dd>{{SESSION_PLANNED_ON}}</dd>
  <dt>Status</dt><dd>{{#SESSION_STATE}}{{#SESSION_HELD}}Afholdt {{SESSION_HELD_ON}}{{/SESSION_HELD}}{{#SESSION_PLANNED}}Planlagt, ikke afholdt endnu{{/SESSION_PLANNED}}{{/SESSION_STATE}}</dd>
  <dt>Deltagere</dt><dd>{{SESSION_PARTICIPANTS}}</dd>
</dl>

<p class="d-print-none"><a href="{{PRESENT_HREF}}" class="button button-primary">Vis kortene i fuld skærm</a>
  <a href="{{CALENDAR_HREF}}" class="button button-secondary">Føj til din kalender</a></p>

<section aria-labelledby="cards-heading" class="portal-section">
  <h2 id="cards-heading">Sessionens {{CARD_TOTAL}} kort</h2>
  <ol class="portal-session-cards">
    {{#SESSION_CARD}}
    <li class="portal-dialogue-card{{#CARD_IS_CASE}} portal-dialogue-case{{/CARD_IS_CASE}}">
      <h3 class="h4"><a href="{{SLIDE_HREF}}">{{CARD_TITLE}}</a></h3>
      <p class="portal-card-meta"><span class="badge">{{CARD_KIND}}</span> om {{CARD_TOPIC}}</p>
      <div class="portal-markdown">{{CARD_BODY_HTML:none}}</div>
    </li>
    {{/SESSION_CARD}}
  </ol>
</section>

<section aria-labelledby="aftaler" class="portal-section">
  <h2 id="aftaler" tabindex="-1">Aftaler</h2>
  {{#NO_AGREEMENTS}}<p>Der er ikke skrevet nogen aftaler endnu.</p>{{/NO_AGREEMENTS}}
  <ul class="portal-agreements">
    {{#AGREEMENT}}
    <li id="aftale-{{AGREEMENT_ID}}">
      <span class="portal-agreement-text portal-preserve-lines">{{AGREEMENT_TEXT:pre_escape}}</span>
      {{#AGREEMENT_ACTIVITY}}
      <span class="portal-agreement-activity">Aktivitet i planen: <a href="{{ACTIVITY_HREF}}">{{ACTIVITY_TITLE}}</a>, {{ACTIVITY_PLANNED_ON}} <span class="badge badge-small">{{ACTIVITY_STATUS}}</span></span>
      {{/AGREEMENT_ACTIVITY}}
      {{#AGREEMENT_CONVERT}}
      <a href="{{CONVERT_HREF}}" class="portal-inline-form d-print-none">Gør til aktivitet<span class="sr-only"> i planen: "{{AGREEMENT_TEXT}}"</span></a>
      {{/AGREEMENT_CONVERT}}
      {{#AGREEMENT_REMOVE}}
      <form method="post" action="{{REMOVE_ACTION}}" class="portal-inline-form d-print-none">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="function-link">Fjern<span class="sr-only"> aftalen "{{AGREEMENT_TEXT}}"</span></button>
      </form>
      {{/AGREEMENT_REMOVE}}
    </li>
    {{/AGREEMENT}}
  </ul>
  {{#CAN_EDIT}}
  <form method="post" action="{{AGREEMENT_ACTION}}" class="d-print-none" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    {{>AGREEMENT_FIELD}}
    <button type="submit" class="button button-secondary">Gem aftalen</button>
  </form>
  {{/CAN_EDIT}}
</section>

{{#NOTES}}
<section aria-labelledby="notes-heading" class="portal-section">
  <h2 id="notes-heading">Noter fra sessionen</h2>
  <div class="portal-markdown">{{NOTES_HTML:none}}</div>
</section>
{{/NOTES}}

{{#CAN_EDIT}}
<section aria-labelledby="record-heading" class="portal-section d-print-none">
  <h2 id="record-heading">Sessionens oplysninger</h2>
  <form method="post" action="{{SESSION_ACTION}}" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="revision" value="{{REVISION}}">

    {{>TITLE_FIELD}}
    {{>PLANNED_ON_FIELD}}
    {{>PARTICIPANTS_FIELD}}

    <div class="form-group">
      <div class="form-group-checkbox">
        <input type="checkbox" id="held" name="held" value="1" class="form-checkbox"{{#HELD_CHECKED}} checked{{/HELD_CHECKED}}>
        <label for="held">Sessionen er holdt</label>
      </div>
    </div>

    {{>HELD_ON_FIELD}}
    {{>NOTES_FIELD}}

    <button type="submit" class="button button-primary">Gem oplysningerne</button>
  </form>
</section>
{{/CAN_EDIT}}
