{{%AUTOESCAPE context="HTML"}}
{{#ERROR_SUMMARY}}
<div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <h2 class="alert-heading" id="error-summary-heading">Filerne kan ikke indlæses</h2>
    <p class="alert-text">Intet er ændret. Ret fejlene i eksporten fra HR-systemet, og indlæs begge filer igen.</p>
    <ul class="alert-text nobullet-list portal-import-errors">
      {{#ERROR_ITEM}}
      <li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
      {{/ERROR_ITEM}}
    </ul>
    {{#ERRORS_MORE}}<p class="alert-text">… og {{COUNT}} fejl mere.</p>{{/ERRORS_MORE}}
  </div>
</div>
{{/ERROR_SUMMARY}}

<h1>HR-import</h1>
<p class="font-lead">Indlæs organisationen fra HR-systemets eksport: enhederne (units.csv) og medarbejderne (people.csv). Du ser først, hvad der vil ændre sig; intet gemmes, før du bekræfter.</p>

{{#ALERT}}
<div class="alert alert-warning" role="alert">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-text">{{MESSAGE}}</p>
  </div>
</div>
{{/ALERT}}

{{#NOTE}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-text portal-import-note">{{TEXT}}</p>
  </div>
</div>
{{/NOTE}}

{{#PREVIEW}}
<section aria-labelledby="preview-heading" class="portal-section portal-import-preview">
  <h2 id="preview-heading">Forhåndsvisning</h2>
  {{#ORGANISATION_CHANGED}}
  <div class="alert alert-warning portal-import-changed" role="alert">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
    <div class="alert-body">
      <p class="alert-heading">Organisationen er ændret siden forhåndsvisningen</p>
      <p class="alert-text">Organisationen er ændret siden forhåndsvisningen, fx af en anden import, så intet er gennemført. Herunder ser du, hvad filerne vil ændre nu. Bekræft igen, hvis det stadig er rigtigt.</p>
    </div>
  </div>
  {{/ORGANISATION_CHANGED}}
  <p>Sådan vil organisationen ændre sig, når importen gennemføres:</p>
  <ul class="portal-import-summary">
    {{#SUMMARY_LINE}}<li>{{TEXT}}</li>{{/SUMMARY_LINE}}
  </ul>

  {{#LIMIT_OK}}
  <p class="portal-import-limit">Sikkerhedsgrænse: {{PEOPLE_SHARE}} af {{PEOPLE_ACTIVE}} aktive medarbejdere og {{UNITS_SHARE}} af {{UNITS_ACTIVE}} aktive enheder forsvinder fra organisationen. Grænsen er {{LIMIT}}, så importen kan gennemføres.</p>
  {{/LIMIT_OK}}
  {{#LIMIT_REFUSED}}
  <div class="alert alert-error portal-import-refused" role="alert">
    <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
    <div class="alert-body">
      <p class="alert-heading">Sikkerhedsgrænsen afviser importen</p>
      <p class="alert-text">{{PEOPLE_SHARE}} af {{PEOPLE_ACTIVE}} aktive medarbejdere og {{UNITS_SHARE}} af {{UNITS_ACTIVE}} aktive enheder ville forsvinde fra organisationen. Grænsen er {{LIMIT}}, for så store lukninger skyldes oftest en ufuldstændig eksport. Kontrollér listerne herunder.</p>
      {{#FORCE_NOT_ALLOWED}}<p class="alert-text">Er lukningerne rigtige, så bed en administrator om at indlæse filerne og gennemføre importen.</p>{{/FORCE_NOT_ALLOWED}}
    </div>
  </div>
  {{#FORCE_FORM}}
  <form method="post" action="/organisation/import/bekraeft" class="portal-section-form portal-import-force" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="import" value="{{PENDING_ID}}">
    <input type="hidden" name="force_form" value="1">
    <div class="form-group{{#FORCE_ERROR}} form-error{{/FORCE_ERROR}}">
      <fieldset{{#FORCE_ERROR}} aria-describedby="force-error"{{/FORCE_ERROR}}>
        <legend class="form-label">Gennemfør trods sikkerhedsgrænsen</legend>
        {{#FORCE_ERROR}}<span class="form-error-message" id="force-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/FORCE_ERROR}}
        <div class="form-group-checkbox">
          <input id="force" type="checkbox" name="force" value="1" class="form-checkbox">
          <label for="force">Jeg har kontrolleret listerne, og lukningerne er rigtige</label>
        </div>
      </fieldset>
    </div>
    <button type="submit" class="button button-secondary">Gennemfør alligevel</button>
  </form>
  {{/FORCE_FORM}}
  {{/LIMIT_REFUSED}}

  {{#TABLE}}
  <section aria-labelledby="{{TABLE_ID}}-heading" class="portal-import-table">
    <h3 id="{{TABLE_ID}}-heading">{{TITLE}} ({{COUNT}})</h3>
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="{{TABLE_ID}}-heading">
      <table class="table table--zebra table--compact" id="{{TABLE_ID}}">
        <thead>
          <tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr>
        </thead>
        <tbody>
          {{#ROW}}<tr>{{#CELL}}<td>{{TEXT}}{{#CHANGES}}<ul class="nobullet-list portal-import-changes">{{#CHANGE}}<li>{{LABEL}}: {{BEFORE}} → {{AFTER}}</li>{{/CHANGE}}</ul>{{/CHANGES}}</td>{{/CELL}}</tr>
          {{/ROW}}
        </tbody>
      </table>
    </div>
    {{#MORE}}<p class="portal-import-more">… og {{MORE_COUNT}} flere.</p>{{/MORE}}
  </section>
  {{/TABLE}}

  {{#CONFIRM_FORM}}
  <form method="post" action="/organisation/import/bekraeft" class="portal-section-form portal-import-confirm">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="import" value="{{PENDING_ID}}">
    {{#NO_CHANGES}}<p>Ingen ændringer. Gennemfører du alligevel, registreres indlæsningen blot i historikken.</p>{{/NO_CHANGES}}
    <p class="form-hint">Filerne gemmes til {{EXPIRES}}. Derefter skal de indlæses igen.</p>
    <button type="submit" class="button button-primary">Gennemfør importen</button>
  </form>
  {{/CONFIRM_FORM}}
</section>
{{/PREVIEW}}

<section aria-labelledby="upload-heading" class="portal-section d-print-none">
  <h2 id="upload-heading">{{UPLOAD_HEADING}}</h2>
  <p>Vælg begge filer fra HR-systemets eksport. Filerne må være gemt som UTF-8 eller Windows-1252 og adskilt med semikolon eller komma. De må tilsammen fylde højst {{MAX_UPLOAD}} MB. CPR-numre afvises altid.</p>
  <form method="post" action="/organisation/import" enctype="multipart/form-data" class="portal-import-upload" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <div class="form-group{{#UNITS_ERROR}} form-error{{/UNITS_ERROR}}">
      <label class="form-label" for="units">Enheder (units.csv)</label>
      {{#UNITS_ERROR}}<span class="form-error-message" id="units-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/UNITS_ERROR}}
      <input type="file" id="units" name="units" accept=".csv,text/csv" required{{#UNITS_ERROR}} aria-invalid="true" aria-describedby="units-error"{{/UNITS_ERROR}}>
    </div>
    <div class="form-group{{#PEOPLE_ERROR}} form-error{{/PEOPLE_ERROR}}">
      <label class="form-label" for="people">Medarbejdere (people.csv)</label>
      {{#PEOPLE_ERROR}}<span class="form-error-message" id="people-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/PEOPLE_ERROR}}
      <input type="file" id="people" name="people" accept=".csv,text/csv" required{{#PEOPLE_ERROR}} aria-invalid="true" aria-describedby="people-error"{{/PEOPLE_ERROR}}>
    </div>
    <button type="submit" class="button button-primary">Vis forhåndsvisning</button>
  </form>
</section>

<section aria-labelledby="runs-heading" class="portal-section">
  <h2 id="runs-heading">Seneste indlæsninger</h2>
  {{#NO_RUNS}}<p>Organisationen er endnu ikke indlæst.</p>{{/NO_RUNS}}
  {{#RUNS}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="runs-heading">
    <table class="table table--zebra table--compact portal-import-runs">
      <thead>
        <tr>
          <th scope="col">Tidspunkt</th>
          <th scope="col">Af</th>
          <th scope="col">Kilde</th>
          <th scope="col">Enheder</th>
          <th scope="col">Medarbejdere</th>
          <th scope="col">Ledelser</th>
          <th scope="col">Trods sikkerhedsgrænsen</th>
        </tr>
      </thead>
      <tbody>
        {{#RUN}}
        <tr>
          <td>{{AT}}</td>
          <td>{{ACTOR}}</td>
          <td>{{SOURCE}}</td>
          <td>{{UNITS}}</td>
          <td>{{PEOPLE}}</td>
          <td>{{LEADERSHIPS}}</td>
          <td>{{FORCED}}</td>
        </tr>
        {{/RUN}}
      </tbody>
    </table>
  </div>
  {{/RUNS}}
</section>
