{{%AUTOESCAPE context="HTML"}}
<h1>Rejsefæller-hold</h1>
<p class="font-lead">Lederpar og ledelsesteams i fælles ledelse, der har fået tilbudt Rejsefæller: hvor de står, hvem der er deres konsulent, og hvornår de mødes næste gang.</p>

<form method="get" action="/udvikling/hold" class="portal-filter d-print-none" aria-label="Filtrér holdene">
  <div class="form-group">
    <label class="form-label" for="status">Status</label>
    <select id="status" name="status" class="form-select">
      <option value="">Alle</option>
      {{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}
    </select>
  </div>
  <button type="submit" class="button button-secondary">Vis</button>
</form>

<section aria-labelledby="holdene" class="portal-section">
  <h2 id="holdene">Holdene ({{COUNT}})</h2>
  {{#NONE}}<p>Der er ingen hold, der passer til filteret.</p>{{/NONE}}
  {{#TABLE}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Rejsefæller-hold">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Rejsefæller-hold med enhed, medlemmer, status, konsulent og næste møde</caption>
      <thead><tr><th scope="col">Hold</th><th scope="col">Enhed</th><th scope="col">Medlemmer</th><th scope="col">Status</th><th scope="col">Konsulent</th><th scope="col">Næste møde</th></tr></thead>
      <tbody>
        {{#TEAM}}
        <tr>
          <th scope="row" data-label="Hold"><a href="{{HREF}}">{{NAME}}</a></th>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Medlemmer">{{MEMBERS}}</td>
          <td data-label="Status"><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span></td>
          <td data-label="Konsulent">{{CONSULTANT}}</td>
          <td data-label="Næste møde">{{NEXT}}</td>
        </tr>
        {{/TEAM}}
      </tbody>
    </table>
  </div>
  {{/TABLE}}
</section>

{{#OFFER}}
<section aria-labelledby="tilbyd" class="portal-section d-print-none">
  <h2 id="tilbyd">Tilbyd et hold</h2>
  <p>Holdene tilbydes automatisk hver morgen, når en enhed har fået fælles ledelse. Her kan Koncern HR tilbyde Rejsefæller til en enhed med fælles ledelse med det samme, også når lederne har delt ledelsen længe.</p>
  {{>ERROR_SUMMARY}}
  <form method="post" action="/udvikling/hold/tilbyd" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    {{>UNIT_FIELD}}
    <button type="submit" class="button button-secondary">Tilbyd holdet Rejsefæller</button>
  </form>
</section>
{{/OFFER}}
