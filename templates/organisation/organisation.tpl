{{%AUTOESCAPE context="HTML"}}
<h1>Organisationen</h1>
<p class="font-lead">Find en enhed eller en person, eller gå ned gennem regionens enheder. Du ser navne, titler, enheder og ledere.</p>

{{#UPKEEP}}
<nav class="portal-organisation-upkeep" aria-labelledby="upkeep-heading">
  <h2 id="upkeep-heading" class="h5">Vedligehold af organisationsdata</h2>
  <ul class="nobullet-list">
    {{#UPKEEP_LINK}}
    <li><a href="{{HREF}}">{{LABEL}}</a> – {{DESCRIPTION}}</li>
    {{/UPKEEP_LINK}}
  </ul>
</nav>
{{/UPKEEP}}

<form method="get" action="/organisation" class="portal-section-form portal-search" role="search" aria-label="Søg i organisationen">
  <div class="form-group{{#QUERY_ERROR}} form-error{{/QUERY_ERROR}}">
    <label class="form-label" for="q">Søg efter enhed eller person</label>
    <span class="form-hint" id="q-hint">Skriv et navn eller en del af det, fx „{{EXAMPLE_UNIT}}“ eller „Hansen“.</span>
    {{#QUERY_ERROR}}
    <span class="form-error-message" id="q-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>
    {{/QUERY_ERROR}}
    <div class="portal-search-row">
      <input type="search" id="q" name="q" class="form-input" value="{{QUERY}}" autocomplete="off" aria-describedby="q-hint{{#QUERY_ERROR}} q-error{{/QUERY_ERROR}}"{{#QUERY_ERROR}} aria-invalid="true"{{/QUERY_ERROR}}>
      <button type="submit" class="button button-primary">Søg</button>
    </div>
  </div>
  <div class="form-group">
    <label class="form-label" for="omraade">Område</label>
    <select class="form-select" id="omraade" name="omraade">
      <option value="">Hele regionen</option>
      {{#AREA_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AREA_OPTION}}
    </select>
  </div>
</form>

{{#RESULTS}}
<section aria-labelledby="results-heading" class="portal-section portal-search-results">
  <h2 id="results-heading">Resultater for „{{QUERY}}“{{#IN_AREA}} i {{AREA_NAME}}{{/IN_AREA}}</h2>
  {{#NO_RESULTS}}
  <div class="alert alert-info" role="status">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
    <div class="alert-body">
      <p class="alert-heading">Ingen enheder eller personer matcher „{{QUERY}}“</p>
      <p class="alert-text">Prøv med færre ord eller en anden stavemåde. Alle ord i søgningen skal indgå i navnet.</p>
    </div>
  </div>
  {{/NO_RESULTS}}
  {{#UNIT_RESULTS}}
  <h3 id="unit-results">Enheder ({{COUNT}})</h3>
  <p role="status">{{SHOWING}}</p>
  <ul class="portal-result-list">
    {{#UNIT}}
    <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}{{#UNIT_STATE}}{{#UNIT_CLOSED}}, lukket{{/UNIT_CLOSED}}{{/UNIT_STATE}}{{#PARENT}} under {{PARENT_NAME}}{{/PARENT}}</span></li>
    {{/UNIT}}
  </ul>
  {{>PAGER}}
  {{/UNIT_RESULTS}}
  {{#PERSON_RESULTS}}
  <h3 id="person-results">Personer ({{COUNT}})</h3>
  <p role="status">{{SHOWING}}.{{#COLLEAGUES_FIRST}} Dine nærmeste kolleger står først.{{/COLLEAGUES_FIRST}}</p>
  <ul class="portal-result-list">
    {{#PERSON}}
    <li><a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a> <span class="portal-muted">{{PERSON_TITLE}} · <a href="{{UNIT_HREF}}">{{UNIT_PATH}}</a></span></li>
    {{/PERSON}}
  </ul>
  {{>PAGER}}
  {{/PERSON_RESULTS}}
</section>
{{/RESULTS}}

{{#EMPTY_ORGANISATION}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Organisationen er ikke indlæst endnu</p>
    <p class="alert-text">Enheder og personer kommer fra HR-systemet. Når de første data er importeret, kan du finde dem her.</p>
  </div>
</div>
{{/EMPTY_ORGANISATION}}

{{#TREE}}
<section aria-labelledby="tree-heading" class="portal-section portal-tree">
  <h2 id="tree-heading">Enheder i <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a></h2>
  <p>{{UNIT_COUNT_TEXT}} og {{PEOPLE_TOTAL_TEXT}}. Åbn et område for at se enhederne under det, eller gå til en enhed for at se alt om den.</p>
  <ul class="portal-tree-list nobullet-list no-max-width">
    {{#BRANCH}}
    <li class="portal-tree-branch">
      {{#HAS_CHILDREN}}
      <details>
        <summary><span class="portal-tree-name">{{UNIT_NAME}}</span> <span class="portal-muted">{{UNIT_KIND}}, {{PEOPLE_TOTAL_TEXT}}</span></summary>
        <p class="portal-tree-unit"><a href="{{UNIT_HREF}}">Gå til {{UNIT_NAME}}</a>{{#UNIT_STATE}}{{#UNIT_CLOSED}} <span class="badge">Lukket</span>{{/UNIT_CLOSED}}{{/UNIT_STATE}}. Ledelse: {{#LEADERSHIP}}{{#NO_LEADER}}ingen leder{{/NO_LEADER}}{{#SHARED_LEADERSHIP}}fælles ledelse: {{/SHARED_LEADERSHIP}}{{#LEADER}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{#NEW_LEADER}} <span class="badge badge-info">Ny leder</span>{{/NEW_LEADER}}{{#LEADER_separator}}, {{/LEADER_separator}}{{/LEADER}}{{/LEADERSHIP}}</p>
        <ul class="portal-tree-children">
          {{#CHILD}}
          <li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}, {{PEOPLE_TOTAL_TEXT}}{{#UNIT_STATE}}{{#UNIT_CLOSED}}, lukket{{/UNIT_CLOSED}}{{/UNIT_STATE}}</span></li>
          {{/CHILD}}
        </ul>
      </details>
      {{/HAS_CHILDREN}}
      {{#NO_CHILDREN}}
      <p class="portal-tree-leaf"><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a> <span class="portal-muted">{{UNIT_KIND}}, {{PEOPLE_TOTAL_TEXT}}{{#UNIT_STATE}}{{#UNIT_CLOSED}}, lukket{{/UNIT_CLOSED}}{{/UNIT_STATE}}</span></p>
      {{/NO_CHILDREN}}
    </li>
    {{/BRANCH}}
  </ul>
</section>
{{/TREE}}
