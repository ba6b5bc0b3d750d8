{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/opfoelgning" class="breadcrumbs__link">Opfølgning</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Hele regionen</li>
  </ol>
</nav>
<h1>Opfølgning for hele regionen</h1>
<p class="font-lead">Alle regionens enheder: oversættelse, plan, aktiviteter og seneste MED-drøftelse, et varmekort pr. område og eksport til regneark.</p>

{{#NO_ROUND}}<p>Der er ingen aktiveringsrunder endnu, så planerne vises ikke.</p>{{/NO_ROUND}}
{{#ROUND_SHOWN}}<p>Runde: {{ROUND_NAME}} (start {{ROUND_STARTS}}, frist for planer {{ROUND_DEADLINE}}).</p>{{/ROUND_SHOWN}}
{{#OTHER_ROUNDS}}
<nav aria-label="Aktiveringsrunder" class="portal-section d-print-none">
  <p>Vælg runde:</p>
  <ul class="nobullet-list inline-list">
    {{#OTHER_ROUND}}<li>{{#OTHER_SELECTED}}<strong aria-current="page">{{OTHER_NAME}}</strong>{{/OTHER_SELECTED}}{{#OTHER_LINK}}<a href="{{OTHER_HREF}}">{{OTHER_NAME}}</a>{{/OTHER_LINK}}</li>{{/OTHER_ROUND}}
  </ul>
</nav>
{{/OTHER_ROUNDS}}

{{#HEAT}}
<section aria-labelledby="varmekort" class="portal-section portal-followup">
  <h2 id="varmekort">Varmekort {{#BY_AREA}}pr. område{{/BY_AREA}}{{#DRILLED}}for {{AREA_NAME}}{{/DRILLED}}</h2>
  {{#DRILLED}}<p class="d-print-none"><a href="{{BACK_HREF}}">Tilbage til alle områder</a></p>{{/DRILLED}}
  <p>Andelen af enheder med en leder, der har hver ting. Hver celle viser tallet; farven gentager det.</p>
  <div class="table--responsive-scroll portal-followup-scroll" tabindex="0" role="region" aria-label="Varmekort (rul vandret for at se alle kolonner)">
    <table class="portal-stack table table--compact portal-heatmap">
      <caption class="sr-only">Andel af enhederne med udgivet oversættelse, godkendt plan, gennemførte aktiviteter og manglende plan eller overskredne aktiviteter</caption>
      <thead>
        <tr>
          <th scope="col">{{#BY_AREA}}Område{{/BY_AREA}}{{#DRILLED}}Enhed{{/DRILLED}}</th>
          <th scope="col" class="portal-number">Enheder med leder</th>
          <th scope="col" class="portal-number">Udgivet oversættelse</th>
          <th scope="col" class="portal-number">Godkendt plan</th>
          <th scope="col" class="portal-number">Aktiviteter gennemført</th>
          <th scope="col" class="portal-number">Mangler plan eller har overskredne aktiviteter</th>
        </tr>
      </thead>
      <tbody>
        {{#HEAT_ROW}}
        <tr>
          <th scope="row">{{NAME}}{{#AREA_ITSELF}} <span class="portal-muted">(selve området)</span>{{/AREA_ITSELF}}{{#DRILL}}<br><a href="{{DRILL_HREF}}" class="d-print-none">Vis enhederne i {{NAME}}</a>{{/DRILL}}</th>
          <td data-label="Enheder med leder" class="portal-number">{{UNITS}}</td>
          {{#CELL}}<td data-label="{{CELL_LABEL}}" class="portal-number {{CLASS}}"><strong>{{PERCENT}}</strong><br><span class="portal-heat-count">{{COUNT}} af {{TOTAL}}</span></td>{{/CELL}}
        </tr>
        {{/HEAT_ROW}}
      </tbody>
    </table>
  </div>
  <div class="portal-heat-legend">
    <p id="heat-legend-good"><strong>Farveskala</strong> for de tre første tal (mere er bedre), lys til mørk:</p>
    <ul class="nobullet-list inline-list" aria-labelledby="heat-legend-good">
      <li><span class="portal-heat-swatch portal-heat-0" aria-hidden="true"></span> under 20 %</li>
      <li><span class="portal-heat-swatch portal-heat-1" aria-hidden="true"></span> 20–40 %</li>
      <li><span class="portal-heat-swatch portal-heat-2" aria-hidden="true"></span> 40–60 %</li>
      <li><span class="portal-heat-swatch portal-heat-3" aria-hidden="true"></span> 60–80 %</li>
      <li><span class="portal-heat-swatch portal-heat-4" aria-hidden="true"></span> 80 % og derover</li>
    </ul>
    <p id="heat-legend-bad">og for det sidste tal (mindre er bedre), lys til mørk:</p>
    <ul class="nobullet-list inline-list" aria-labelledby="heat-legend-bad">
      <li><span class="portal-heat-swatch portal-heat-bad-0" aria-hidden="true"></span> under 20 %</li>
      <li><span class="portal-heat-swatch portal-heat-bad-1" aria-hidden="true"></span> 20–40 %</li>
      <li><span class="portal-heat-swatch portal-heat-bad-2" aria-hidden="true"></span> 40–60 %</li>
      <li><span class="portal-heat-swatch portal-heat-bad-3" aria-hidden="true"></span> 60–80 %</li>
      <li><span class="portal-heat-swatch portal-heat-bad-4" aria-hidden="true"></span> 80 % og derover</li>
    </ul>
  </div>
</section>
{{/HEAT}}

{{#TOTALS}}
<section aria-labelledby="totals-heading" class="portal-section">
  <h2 id="totals-heading">I alt (efter filtrering)</h2>
  <ul class="portal-followup-totals">
    <li><strong>{{UNITS}}</strong> {{UNITS_NOUN}}, heraf {{EXPECTED}} med en leder</li>
    <li><strong>{{PUBLISHED}}</strong> med egen udgivet oversættelse, {{DRAFT_ONLY}} med kun en kladde</li>
    <li><strong>{{APPROVED}}</strong> {{APPROVED_NOUN}}, {{DRAFT_PLANS}} {{DRAFT_PLANS_NOUN}}, {{MISSING}} mangler</li>
    <li><strong>{{PLANNED}}</strong> {{PLANNED_NOUN}}, {{DONE}} gennemført, {{OVERDUE}} overskredet</li>
    <li><strong>{{WITH_MED}}</strong> {{WITH_MED_NOUN}} drøftet oversættelsen i MED</li>
  </ul>
</section>
{{/TOTALS}}

<section aria-labelledby="tabel" class="portal-section portal-followup">
  <h2 id="tabel">Alle enheder</h2>
  {{>FILTERS}}
  <p class="d-print-none">Hent tabellen med de valgte filtre og den valgte sortering: <a href="{{CSV_HREF}}">CSV (til Excel)</a> · <a href="{{XLSX_HREF}}">Excel-regneark (XLSX)</a></p>
  <p role="status">{{TOTAL_ROWS}}{{#TABLE}}, viser {{FIRST_ROW}}–{{LAST_ROW}}{{/TABLE}}.</p>
  {{#NO_ROWS}}<p>Ingen enheder passer til filtrene.</p>{{/NO_ROWS}}
  {{#TABLE}}
  <div class="table--responsive-scroll portal-followup-scroll" tabindex="0" role="region" aria-label="Alle enheder (rul vandret for at se alle kolonner)">
    <table class="portal-stack table table--compact table--zebra portal-sortable">
      <caption class="sr-only">Alle enheder; vælg en kolonneoverskrift for at sortere efter den</caption>
      <thead>
        <tr>
          {{#HEADER}}<th scope="col"{{#SORTED}} aria-sort="{{ARIA_SORT}}"{{/SORTED}}{{#NUMBER}} class="portal-number"{{/NUMBER}}><a href="{{HREF}}">{{LABEL}}{{#SORTED}} <span aria-hidden="true">{{SORT_ARROW}}</span>{{/SORTED}}</a></th>{{/HEADER}}
        </tr>
      </thead>
      <tbody>
        {{#ROW}}
        <tr>
          <th scope="row"><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span></th>
          <td data-label="Område">{{AREA}}</td>
          <td data-label="Leder">{{#LEADERS}}{{LEADER_NAMES}}{{/LEADERS}}{{#NO_LEADER}}<span class="portal-muted">Ingen leder</span>{{/NO_LEADER}}</td>
          <td data-label="Oversættelse"><a href="{{TRANSLATION_HREF}}"><span class="badge {{TRANSLATION_BADGE}}">{{TRANSLATION_LABEL}}</span></a>{{#VERSION}} version {{NUMBER}}{{/VERSION}}{{#PUBLISHED_ON}}, {{DATE}}{{/PUBLISHED_ON}}{{#NEWER_DRAFT}}<br><span class="portal-muted">Ny kladde undervejs</span>{{/NEWER_DRAFT}}{{#INHERITED}}<br><span class="portal-muted">Arver fra <a href="{{FROM_HREF}}">{{FROM_NAME}}</a></span>{{/INHERITED}}</td>
          <td data-label="Plan"><a href="{{PLAN_HREF}}"><span class="badge {{PLAN_BADGE}}">{{PLAN_LABEL}}</span></a></td>
          <td data-label="Planlagt" class="portal-number">{{PLANNED}}</td>
          <td data-label="Gennemført" class="portal-number">{{DONE}}</td>
          <td data-label="Overskredet" class="portal-number">{{#HAS_OVERDUE}}<strong>{{/HAS_OVERDUE}}{{OVERDUE}}{{#HAS_OVERDUE}}</strong>{{/HAS_OVERDUE}}</td>
          <td data-label="Seneste MED-drøftelse">{{LAST_MED}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>
  {{>PAGER}}
  {{/TABLE}}
</section>
