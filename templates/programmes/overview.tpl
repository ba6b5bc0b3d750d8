{{%AUTOESCAPE context="HTML"}}
<h1>Oversigt over forløbene</h1>
<p class="font-lead">{{PROGRAMME_NAME}} i {{SCOPE}}: hvor deltagerne står i forhold til kravene og fristen.</p>

<form method="get" action="/udvikling/oversigt" class="portal-filter d-print-none" aria-label="Vælg forløb og filtrér">
  <div class="form-group">
    <label class="form-label" for="forloeb">Forløb</label>
    <select id="forloeb" name="forloeb" class="form-select">
      {{#PROGRAMME_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PROGRAMME_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="omraade">Område</label>
    <select id="omraade" name="omraade" class="form-select">
      <option value="">Alle områder</option>
      {{#AREA_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AREA_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="status">Status</label>
    <select id="status" name="status" class="form-select">
      <option value="">Alle</option>
      {{#STATE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATE_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="sorter">Sortér</label>
    <select id="sorter" name="sorter" class="form-select">
      {{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SORT_OPTION}}
    </select>
  </div>
  <button type="submit" class="button button-secondary">Vis</button>
</form>

<section aria-labelledby="pr-omraade" class="portal-section">
  <h2 id="pr-omraade">Pr. område</h2>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Deltagere pr. område">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Deltagere i {{PROGRAMME_NAME}} pr. område og status</caption>
      <thead><tr><th scope="col">Område</th><th scope="col" class="portal-number">Tilmeldt</th><th scope="col" class="portal-number">På vej</th><th scope="col" class="portal-number">I risiko</th><th scope="col" class="portal-number">Overskredet</th><th scope="col" class="portal-number">Gennemført</th><th scope="col" class="portal-number">Fritaget</th></tr></thead>
      <tbody>
        {{#AREA_ROW}}
        <tr>
          <th scope="row" data-label="Område">{{#AREA_LINK}}<a href="{{HREF}}">{{/AREA_LINK}}{{NAME}}{{#AREA_LINK}}</a>{{/AREA_LINK}}</th>
          <td data-label="Tilmeldt" class="portal-number">{{ENROLLED}}</td>
          <td data-label="På vej" class="portal-number">{{ON_TRACK}}</td>
          <td data-label="I risiko" class="portal-number">{{AT_RISK}}</td>
          <td data-label="Overskredet" class="portal-number">{{OVERDUE}}</td>
          <td data-label="Gennemført" class="portal-number">{{COMPLETED}}</td>
          <td data-label="Fritaget" class="portal-number">{{EXEMPT}}</td>
        </tr>
        {{/AREA_ROW}}
      </tbody>
      <tfoot>
        {{#TOTAL_ROW}}
        <tr>
          <th scope="row" data-label="Område">I alt</th>
          <td data-label="Tilmeldt" class="portal-number">{{ENROLLED}}</td>
          <td data-label="På vej" class="portal-number">{{ON_TRACK}}</td>
          <td data-label="I risiko" class="portal-number">{{AT_RISK}}</td>
          <td data-label="Overskredet" class="portal-number">{{OVERDUE}}</td>
          <td data-label="Gennemført" class="portal-number">{{COMPLETED}}</td>
          <td data-label="Fritaget" class="portal-number">{{EXEMPT}}</td>
        </tr>
        {{/TOTAL_ROW}}
      </tfoot>
    </table>
  </div>
</section>

<section aria-labelledby="deltagere" class="portal-section">
  <h2 id="deltagere">Deltagere ({{ROW_COUNT}})</h2>
  <p class="d-print-none">Hent listen: <a href="{{CSV_HREF}}">CSV</a> · <a href="{{XLSX_HREF}}">Excel (XLSX)</a></p>
  {{#NO_ROWS}}<p>Ingen deltagere passer til det valgte.</p>{{/NO_ROWS}}
  {{#ROWS}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Deltagere">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Deltagerne sorteret: {{SORT_LABEL}}</caption>
      <thead><tr><th scope="col">Navn</th><th scope="col">Enhed</th><th scope="col">Område</th><th scope="col">Status</th><th scope="col">Kriterier</th></tr></thead>
      <tbody>
        {{#ROW}}
        <tr>
          <td data-label="Navn"><a href="{{HREF}}">{{NAME}}</a></td>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Område">{{AREA}}</td>
          <td data-label="Status"><span class="badge badge-small {{STATE_CLASS}}">{{STATE}}</span><br>{{REASON}}</td>
          <td data-label="Kriterier">{{CRITERIA}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>
  {{>PAGER}}
  {{/ROWS}}
</section>
