{{%AUTOESCAPE context="HTML"}}
{{#TRACK}}
<section class="portal-goal-track" aria-labelledby="spor-{{ID}}" id="spor-{{ID}}-afsnit">
  <h3 id="spor-{{ID}}">Spor {{NUMBER}}: {{TITLE}}</h3>
  {{#DESCRIPTION}}<p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>{{/DESCRIPTION}}
  {{#NO_INDICATORS}}<p class="portal-muted">Der er endnu ingen indikatorer på sporet.</p>{{/NO_INDICATORS}}
  {{#TABLE}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Indikatorer på sporet {{TITLE}}">
    <table class="table table--compact portal-stack portal-goal-table">
      <caption class="sr-only">Indikatorer på sporet {{TITLE}}: seneste værdi og mål, status, udvikling og forløb</caption>
      <thead><tr><th scope="col">Indikator</th><th scope="col">Seneste værdi og mål</th><th scope="col">Status</th><th scope="col">Udvikling</th><th scope="col">Forløb</th></tr></thead>
      <tbody>
        {{#INDICATOR}}
        <tr>
          <th scope="row" data-label="Indikator"><a href="{{HREF}}">{{NAME}}</a>
            {{#LOCAL}}<br><span class="badge badge-small">Lokal: {{UNIT}}</span>{{/LOCAL}}
            {{#LEADERS_ONLY}}<br><span class="badge badge-small">Kun for ledere</span>{{/LEADERS_ONLY}}
            {{#MISSING}}<br><span class="portal-goal-flag">{{TEXT}}</span>{{/MISSING}}
            {{#UNCOMMENTED}}<br><span class="portal-goal-flag">{{TEXT}}</span>{{/UNCOMMENTED}}
          </th>
          {{#LATEST}}
          <td data-label="Seneste værdi og mål"><strong>{{VALUE}}</strong><br><span class="portal-muted">{{PERIOD}}{{#ROLLED_UP}}, samlet fra enhederne{{/ROLLED_UP}}</span><br>Mål: {{TARGET}}</td>
          {{/LATEST}}
          {{#NO_VALUES}}<td data-label="Seneste værdi og mål">Ingen målinger endnu<br>Mål: {{TARGET}}</td>{{/NO_VALUES}}
          {{#LATEST}}
          <td data-label="Status"><span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{#STREAK}}<br><strong class="portal-goal-streak">{{TEXT}}</strong>{{/STREAK}}</td>
          <td data-label="Udvikling"><span class="portal-trend portal-trend-{{TREND_CODE}}"><span aria-hidden="true">{{TREND_ARROW}}</span> {{TREND}}</span></td>
          <td data-label="Forløb" class="portal-sparkline">{{SPARKLINE:none}}</td>
          {{/LATEST}}
          {{#NO_VALUES}}<td data-label="Status">–</td><td data-label="Udvikling">–</td><td data-label="Forløb"></td>{{/NO_VALUES}}
        </tr>
        {{/INDICATOR}}
      </tbody>
    </table>
  </div>
  {{/TABLE}}
  {{#ADD}}<p class="d-print-none"><a href="{{HREF}}">Tilføj en indikator på sporet</a></p>{{/ADD}}
</section>
{{/TRACK}}
