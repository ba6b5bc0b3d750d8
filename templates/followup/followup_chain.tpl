{{%AUTOESCAPE context="HTML"}}
<h1>Opfølgning</h1>
<p class="font-lead">Oversættelser, planer, aktiviteter og MED-drøftelser i de enheder, du følger op på – hele vejen ned gennem dit område.</p>

{{#REGION_LINK}}<p class="d-print-none"><a href="/opfoelgning/region">Se hele regionen som tabel og varmekort, og eksportér den</a></p>{{/REGION_LINK}}

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

{{#NO_UNITS}}<p>Du står ikke som leder af nogen enhed, og din rolle dækker ingen enheder, så der er intet at følge op på.</p>{{/NO_UNITS}}

{{#TOTALS}}
<section aria-labelledby="totals-heading" class="portal-section">
  <h2 id="totals-heading">I alt{{#FILTERED}} (efter filtrering){{/FILTERED}}</h2>
  <ul class="portal-followup-totals">
    <li><strong>{{UNITS}}</strong> {{UNITS_NOUN}}, heraf {{EXPECTED}} med en leder</li>
    <li><strong>{{PUBLISHED}}</strong> med egen udgivet oversættelse, {{DRAFT_ONLY}} med kun en kladde</li>
    <li><strong>{{APPROVED}}</strong> {{APPROVED_NOUN}}, {{DRAFT_PLANS}} {{DRAFT_PLANS_NOUN}}, {{MISSING}} mangler</li>
    <li><strong>{{PLANNED}}</strong> {{PLANNED_NOUN}}, {{DONE}} gennemført, {{OVERDUE}} overskredet</li>
    <li><strong>{{WITH_MED}}</strong> {{WITH_MED_NOUN}} drøftet oversættelsen i MED</li>
  </ul>
</section>
{{/TOTALS}}

{{#UNITS}}
<section aria-labelledby="units-heading" class="portal-section portal-followup" id="enheder">
  <h2 id="units-heading">Enhederne</h2>
  {{>FILTERS}}
  <p class="d-print-none">Hent tabellen med de valgte filtre og den valgte sortering: <a href="{{CSV_HREF}}">CSV (til Excel)</a> · <a href="{{XLSX_HREF}}">Excel-regneark (XLSX)</a></p>
  <p role="status">{{TOTAL_ROWS}}{{#TABLE}}, viser {{FIRST_ROW}}–{{LAST_ROW}}{{/TABLE}}.</p>
  {{#NO_ROWS}}<p>Ingen enheder passer til filtrene.</p>{{/NO_ROWS}}
  {{#TABLE}}
  {{#CONTINUED}}<p>Fortsat fra forrige side, under {{#ANCESTOR}}{{#ANCESTOR_separator}} › {{/ANCESTOR_separator}}<a href="{{ANCESTOR_HREF}}">{{ANCESTOR_NAME}}</a>{{/ANCESTOR}}.</p>{{/CONTINUED}}
  <div class="table--responsive-scroll portal-followup-scroll" tabindex="0" role="region" aria-label="Opfølgning pr. enhed (rul vandret for at se alle kolonner)">
    <table class="portal-stack table table--compact table--zebra">
      <caption class="sr-only">{{#TREE_CAPTION}}Opfølgning pr. enhed i træets rækkefølge; underenheder er rykket ind under deres overordnede enhed{{/TREE_CAPTION}}{{#SORTED_CAPTION}}Opfølgning pr. enhed, sorteret efter den valgte kolonne{{/SORTED_CAPTION}}</caption>
      <thead>
        <tr>
          {{#HEADER}}<th scope="col"{{#SORTED}} aria-sort="{{ARIA_SORT}}"{{/SORTED}}{{#NUMBER}} class="portal-number"{{/NUMBER}}><a href="{{HREF}}">{{LABEL}}{{#SORTED}} <span aria-hidden="true">{{SORT_ARROW}}</span>{{/SORTED}}</a></th>{{/HEADER}}
        </tr>
      </thead>
      <tbody>
        {{#ROW}}
        <tr>
          <th scope="row" class="portal-indent-{{INDENT}}">{{#LEVEL}}<span class="sr-only">Niveau {{LEVEL_NUMBER}}: </span>{{/LEVEL}}<a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}</span></th>
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
{{/UNITS}}
