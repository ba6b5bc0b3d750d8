{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/aktivering" class="breadcrumbs__link">Aktivering</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Mine enheders planer</li>
  </ol>
</nav>
<h1>Mine enheders planer</h1>
<p class="font-lead">De enheder, du leder, og enhederne under dem: hvilke planer der mangler, og hvilke aktiviteter der er overskredet.</p>

{{#NO_ROUNDS}}<p>Der er ingen aktiveringsrunder endnu.</p>{{/NO_ROUNDS}}

{{#OTHER_ROUNDS}}
<nav aria-label="Aktiveringsrunder" class="portal-section">
  <p>Vælg runde:</p>
  <ul class="nobullet-list inline-list">
    {{#OTHER_ROUND}}<li>{{#OTHER_SELECTED}}<strong aria-current="page">{{OTHER_NAME}}</strong>{{/OTHER_SELECTED}}{{#OTHER_LINK}}<a href="{{OTHER_HREF}}">{{OTHER_NAME}}</a>{{/OTHER_LINK}}</li>{{/OTHER_ROUND}}
  </ul>
</nav>
{{/OTHER_ROUNDS}}

{{#ROUND_SHOWN}}
<p>{{ROUND_NAME}}: start {{ROUND_STARTS}}, frist for planer {{ROUND_DEADLINE}}. <span class="portal-muted">{{ROUND_STATE}}</span></p>
{{/ROUND_SHOWN}}

{{#LEADS_NOTHING}}<p>Du står ikke som leder af nogen enhed i organisationen, så der er ingen enheder at vise.</p>{{/LEADS_NOTHING}}

{{#LEADS}}
<section aria-labelledby="own-heading" class="portal-section">
  <h2 id="own-heading">Enheder, du leder</h2>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over de enheder, du leder">
    <table class="portal-stack table table--zebra">
      <caption class="sr-only">Enheder, du leder, med planens status og aktiviteter</caption>
      <thead>
        <tr>
          <th scope="col">Enhed</th>
          <th scope="col">Plan</th>
          <th scope="col" class="portal-number">Planlagt</th>
          <th scope="col" class="portal-number">Gennemført</th>
          <th scope="col" class="portal-number">Overskredet</th>
        </tr>
      </thead>
      <tbody>
        {{#OWN}}
        <tr>
          <td data-label="Enhed"><a href="{{PLAN_HREF}}">{{UNIT_NAME}}</a></td>
          <td data-label="Plan"><span class="badge {{STATE_BADGE}}">{{STATE_LABEL}}</span></td>
          <td data-label="Planlagt" class="portal-number">{{PLANNED}}</td>
          <td data-label="Gennemført" class="portal-number">{{DONE}}</td>
          <td data-label="Overskredet" class="portal-number">{{OVERDUE}}</td>
        </tr>
        {{/OWN}}
      </tbody>
    </table>
  </div>
</section>

<section aria-labelledby="summary-heading" class="portal-section">
  <h2 id="summary-heading">Overblik over hele dit område</h2>
  <ul>
    <li>Enheder med en leder: {{EXPECTED_UNITS}}</li>
    <li>Med plan: {{WITH_PLAN}}, heraf godkendt: {{APPROVED_PLANS}}</li>
    <li>Mangler plan: {{MISSING_PLANS}}</li>
    <li>Overskredne aktiviteter: {{OVERDUE_ACTIVITIES}}</li>
  </ul>
</section>

<section aria-labelledby="attention-heading" class="portal-section">
  <h2 id="attention-heading">Manglende planer og overskredne aktiviteter</h2>
  {{#NOTHING_NEEDS_ATTENTION}}<p>Alle enheder har en plan, og ingen aktiviteter er overskredet.</p>{{/NOTHING_NEEDS_ATTENTION}}
  {{#ATTENTION}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over enheder, der mangler en plan eller har overskredne aktiviteter">
    <table class="portal-stack table table--zebra portal-attention">
      <caption class="sr-only">Enheder, der mangler en plan eller har overskredne aktiviteter</caption>
      <thead>
        <tr>
          <th scope="col">Enhed</th>
          <th scope="col">Leder</th>
          <th scope="col">Plan</th>
          <th scope="col" class="portal-number">Overskredne aktiviteter</th>
        </tr>
      </thead>
      <tbody>
        {{#ATTENTION_ROW}}
        <tr>
          <td data-label="Enhed"><a href="{{PLAN_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span></td>
          <td data-label="Leder">{{LEADERS}}</td>
          <td data-label="Plan"><span class="badge {{STATE_BADGE}}">{{STATE_LABEL}}</span></td>
          <td data-label="Overskredne aktiviteter" class="portal-number">{{OVERDUE}}</td>
        </tr>
        {{/ATTENTION_ROW}}
      </tbody>
    </table>
  </div>
  {{#MORE}}<p>Og {{MORE_COUNT}} mere.</p>{{/MORE}}
  {{/ATTENTION}}
</section>

{{#LEADERLESS}}
<section aria-labelledby="leaderless-heading" class="portal-section">
  <h2 id="leaderless-heading">Enheder uden leder</h2>
  <p>{{LEADERLESS_TEXT}}. De laver ikke deres egen plan, men er omfattet af planen hos den nærmeste leder over dem.</p>
  <ul>
    {{#LEADERLESS_ROW}}<li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>: ingen leder{{#COVERED_BY}} – omfattet af <a href="{{COVERING_HREF}}">planen for {{COVERING_NAME}}</a>{{/COVERED_BY}}</li>{{/LEADERLESS_ROW}}
  </ul>
  {{#LEADERLESS_MORE}}<p>Og {{MORE_COUNT}} mere.</p>{{/LEADERLESS_MORE}}
</section>
{{/LEADERLESS}}
{{/LEADS}}
