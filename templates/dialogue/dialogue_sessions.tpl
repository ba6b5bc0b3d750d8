{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Dialogsessioner</li>
  </ol>
</nav>

<h1>Dialogsessioner i {{UNIT_NAME}}</h1>
<p class="font-lead">Her planlægger I dialogsessioner med kort fra <a href="/dialog">dialogbiblioteket</a>, viser kortene på skærmen, når I holder dem, og skriver jeres aftaler ned.</p>

{{#CAN_EDIT}}<p class="d-print-none"><a href="{{NEW_HREF}}" class="button button-primary">Planlæg en dialogsession</a></p>{{/CAN_EDIT}}

{{#NO_SESSIONS}}<p>Enheden har ingen dialogsessioner endnu.</p>{{/NO_SESSIONS}}
{{#HAS_SESSIONS}}
<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over dialogsessioner">
  <table class="table table--zebra portal-session-table">
    <caption class="sr-only">Enhedens dialogsessioner, den seneste først</caption>
    <thead>
      <tr>
        <th scope="col">Session</th>
        <th scope="col">Dato</th>
        <th scope="col">Status</th>
        <th scope="col" class="portal-number">Kort</th>
        <th scope="col" class="portal-number">Aftaler</th>
      </tr>
    </thead>
    <tbody>
      {{#SESSION}}
      <tr>
        <td><a href="{{SESSION_HREF}}">{{SESSION_TITLE}}</a></td>
        <td>{{SESSION_PLANNED_ON}}</td>
        <td>{{#SESSION_STATE}}{{#SESSION_HELD}}Afholdt {{SESSION_HELD_ON}}{{/SESSION_HELD}}{{#SESSION_PLANNED}}Planlagt{{/SESSION_PLANNED}}{{/SESSION_STATE}}</td>
        <td class="portal-number">{{SESSION_CARDS}}</td>
        <td class="portal-number">{{SESSION_AGREEMENTS}}</td>
      </tr>
      {{/SESSION}}
    </tbody>
  </table>
</div>
{{/HAS_SESSIONS}}
