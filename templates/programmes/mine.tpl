{{%AUTOESCAPE context="HTML"}}
<h1>Min udvikling</h1>
<p class="font-lead">Dine udviklingsforløb med det, de kræver, hvor langt du er, og fristen.</p>

{{#WAITING}}
<section aria-labelledby="venter" class="portal-section portal-status-box">
  <h2 id="venter">Venter på dig ({{COUNT}})</h2>
  <ul>
    {{#ITEM}}<li><a href="{{HREF}}">{{TEXT}}</a>: {{WHAT}}</li>{{/ITEM}}
  </ul>
</section>
{{/WAITING}}

<section aria-labelledby="mine-forloeb" class="portal-section">
  <h2 id="mine-forloeb">Mine forløb</h2>
  {{#NONE}}<p>Du er ikke tilmeldt nogen forløb. Se <a href="/udvikling">regionens udviklingsforløb</a>.</p>{{/NONE}}
  <ul class="nobullet-list">
    {{#MY_PROGRAMME}}
    <li class="portal-programme">
      <h3><a href="{{HREF}}">{{NAME}}</a></h3>
      <p><span class="badge {{STATE_CLASS}}">{{STATE}}</span> {{REASON}}</p>
      <p><strong>{{CRITERIA}}</strong></p>
      {{#NEXT_STEPS}}
      <p class="portal-muted">Det næste:</p>
      <ul>
        {{#NEXT}}<li>{{TEXT}}{{#NEXT_LINK}} <a href="{{HREF}}">{{TEXT}}</a>{{/NEXT_LINK}}</li>{{/NEXT}}
      </ul>
      {{/NEXT_STEPS}}
      {{#PLAN}}<p>{{TEXT}}. <a href="{{HREF}}">Åbn din plan</a></p>{{/PLAN}}
      <p class="portal-muted">{{SOURCE}} · <a href="{{ENROLLMENT_HREF}}">Se din deltagelse</a></p>
    </li>
    {{/MY_PROGRAMME}}
  </ul>
</section>

{{#TEAMS}}
<section aria-labelledby="rejsefaeller" class="portal-section">
  <h2 id="rejsefaeller">Rejsefæller</h2>
  <ul class="nobullet-list">
    {{#TEAM}}
    <li class="portal-programme">
      <h3 class="h4"><a href="{{HREF}}">{{NAME}}</a></h3>
      <p>{{UNIT}} · {{STATUS}}</p>
      {{#NEXT_MEETING}}<p class="portal-muted">Næste møde: {{WHEN}}</p>{{/NEXT_MEETING}}
    </li>
    {{/TEAM}}
  </ul>
</section>
{{/TEAMS}}

{{#APPLICATIONS}}
<section aria-labelledby="ansoegninger" class="portal-section">
  <h2 id="ansoegninger">Dine ansøgninger</h2>
  <ul>
    {{#APPLICATION}}<li><a href="{{HREF}}">{{TEXT}}</a> ({{WHEN}}): {{STATUS}}</li>{{/APPLICATION}}
  </ul>
</section>
{{/APPLICATIONS}}

{{#UPCOMING}}
<section aria-labelledby="kommende" class="portal-section">
  <h2 id="kommende">Dine kommende sessioner</h2>
  <ul class="nobullet-list">
    {{#SESSION}}
    <li class="portal-programme">
      <h3 class="h4"><a href="{{HREF}}">{{TITLE}}</a></h3>
      <p>{{PROGRAMME}} · {{WHEN}} · {{PLACE}}</p>
      <p class="portal-muted">{{STATE}}</p>
    </li>
    {{/SESSION}}
  </ul>
</section>
{{/UPCOMING}}

{{#CHAIN}}
<section aria-labelledby="kaeden" class="portal-section">
  <h2 id="kaeden">Ledervejen for lederne under dig</h2>
  {{#CHAIN_EMPTY}}<p>Ingen af lederne under dig er i Ledervejen.</p>{{/CHAIN_EMPTY}}
  {{#CHAIN_TABLE}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Ledervejen for lederne under dig">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Lederne under dig i Ledervejen, de mest presserende først</caption>
      <thead><tr><th scope="col">Leder</th><th scope="col">Enhed</th><th scope="col">Status</th><th scope="col">Kriterier</th></tr></thead>
      <tbody>
        {{#MEMBER}}
        <tr>
          <td data-label="Leder">{{NAME}}</td>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Status"><span class="badge badge-small {{STATE_CLASS}}">{{STATE}}</span><br>{{REASON}}</td>
          <td data-label="Kriterier">{{CRITERIA}}</td>
        </tr>
        {{/MEMBER}}
      </tbody>
    </table>
  </div>
  {{/CHAIN_TABLE}}
</section>
{{/CHAIN}}
