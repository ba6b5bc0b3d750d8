{{%AUTOESCAPE context="HTML"}}
<h1>Aktivering af ledelsesgrundlaget</h1>
<p class="font-lead">Koncernledelsen sætter aktiveringsrunder med en frist for planer. Hver enheds leder laver enhedens lokale plan for oversættelse og aktivering af ledelsesgrundlaget: dialoger i ledelseskæden og med MED, brug ved rekruttering og i LUS, case-værksteder og dialogkort.</p>

<ul class="nobullet-list portal-actions">
  {{#LEADS_UNITS}}<li><a href="/aktivering/mine-enheder">Se, hvilke planer og aktiviteter der mangler i dine enheder</a></li>{{/LEADS_UNITS}}
  {{#CAN_MANAGE}}<li><a class="button button-primary" href="/aktivering/runder/ny">Opret aktiveringsrunde</a></li>{{/CAN_MANAGE}}
</ul>

{{#MY_UNIT_PLAN}}
<section aria-labelledby="mine-heading" class="portal-section">
  <h2 id="mine-heading">Din enheds plan</h2>
  <p>Se, hvad {{UNIT_NAME}} har planlagt for at arbejde med ledelsesgrundlaget{{#COVERED}} (planen omfatter også {{MY_UNIT_NAME}}, som ikke har sin egen leder){{/COVERED}}, og hvad I har aftalt på dialogsessionerne.</p>
  <ul>
    <li><a href="{{PLAN_HREF}}">Aktiveringsplan for {{UNIT_NAME}}</a></li>
    <li><a href="{{SESSIONS_HREF}}">Dialogsessioner og aftaler i {{UNIT_NAME}}</a></li>
  </ul>
</section>
{{/MY_UNIT_PLAN}}

{{#LED_UNITS}}
<section aria-labelledby="led-heading" class="portal-section">
  <h2 id="led-heading">Dine enheders planer</h2>
  <ul>
    {{#LED_UNIT}}<li><a href="{{PLAN_HREF}}">Aktiveringsplan for {{UNIT_NAME}}</a></li>{{/LED_UNIT}}
  </ul>
</section>
{{/LED_UNITS}}

<section aria-labelledby="rounds-heading" class="portal-section">
  <h2 id="rounds-heading">Aktiveringsrunder</h2>
  {{#NO_ROUNDS}}<p>Der er ingen aktiveringsrunder endnu. Koncernledelsen opretter dem.</p>{{/NO_ROUNDS}}
  <ul class="nobullet-list portal-rounds">
    {{#ROUND}}
    <li class="portal-round">
      <h3>{{ROUND_NAME}}{{#ROUND_FLAGS}}{{#ROUND_CURRENT}} <span class="badge badge-info">Aktuel runde</span>{{/ROUND_CURRENT}}{{/ROUND_FLAGS}}</h3>
      <p>Start {{ROUND_STARTS}}. Frist for planer {{ROUND_DEADLINE}}. <span class="portal-muted">{{ROUND_STATE}}</span></p>
      {{#ROUND_DESCRIPTION}}<div class="portal-markdown">{{HTML:none}}</div>{{/ROUND_DESCRIPTION}}
      {{#ROUND_FLAGS}}{{#ROUND_EDIT}}<p><a href="{{HREF}}">Ret runden <span class="sr-only">{{ROUND_NAME}}</span></a></p>{{/ROUND_EDIT}}{{/ROUND_FLAGS}}
    </li>
    {{/ROUND}}
  </ul>
</section>
