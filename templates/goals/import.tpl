{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/maalbilleder" class="breadcrumbs__link">Målbilleder</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Indlæs målinger</li>
  </ol>
</nav>
<h1>Indlæs målinger fra en fil</h1>
{{#ALERT}}<div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-text">{{TEXT}}</p></div></div>{{/ALERT}}
{{#PREVIEW}}
<section class="portal-section" aria-labelledby="forhaandsvisning">
  <h2 id="forhaandsvisning">{{FILE}}</h2>
  {{#NOTE}}<p>{{TEXT}}</p>{{/NOTE}}
  {{#ERRORS}}
  <div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">Filen er ikke indlæst: {{COUNT}}</p>
      <p class="alert-text">Intet er gemt. Ret fejlene i filen, og indlæs den igen.</p>
      <ul class="alert-text">{{#ERROR}}<li>{{TEXT}}</li>{{/ERROR}}</ul>
    </div>
  </div>
  {{/ERRORS}}
  {{#OK}}
  <p><strong>{{SUMMARY}}</strong> Intet er gemt endnu.</p>
  {{#UNCOMMENTED}}<p class="portal-goal-flag">{{TEXT}}</p>{{/UNCOMMENTED}}
  <form method="post" action="{{CONFIRM_ACTION}}">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="file_name" value="{{FILE_NAME}}">
    <textarea name="content" hidden>{{CONTENT:pre_escape}}</textarea>
    <button type="submit" class="button button-primary">Gem alle målingerne</button>
    <a href="/maalbilleder/import" class="button button-tertiary">Annullér</a>
  </form>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Målingerne i filen">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Målingerne i filen, og hvad de gør ved det gemte</caption>
      <thead><tr><th scope="col">Linje</th><th scope="col">Indikator</th><th scope="col">Periode</th><th scope="col">Enhed</th><th scope="col">Værdi</th><th scope="col">Status</th><th scope="col">Ændring</th></tr></thead>
      <tbody>
        {{#ROW}}
        <tr>
          <td data-label="Linje">{{LINE}}</td>
          <th scope="row" data-label="Indikator">{{INDICATOR}}</th>
          <td data-label="Periode">{{PERIOD}}</td>
          <td data-label="Enhed">{{UNIT}}</td>
          <td data-label="Værdi">{{VALUE}}</td>
          <td data-label="Status">{{#COLOUR}}<span class="portal-status portal-status-{{STATUS_CODE}}">{{STATUS}}</span>{{/COLOUR}}{{#UNCOMMENTED_RED}}<br><span class="portal-goal-flag">Mangler kommentar</span>{{/UNCOMMENTED_RED}}{{#COMMENTED}}<br>Med kommentar{{/COMMENTED}}</td>
          <td data-label="Ændring">{{CHANGE}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>
  {{#MORE}}<p>{{TEXT}}</p>{{/MORE}}
  {{/OK}}
</section>
{{/PREVIEW}}
<section class="portal-section" aria-labelledby="upload">
  <h2 id="upload">Vælg en fil</h2>
  <p>En CSV-fil med én måling pr. linje, som Excel gemmer den (semikolon eller komma, UTF-8 eller Windows-1252). Første linje er kolonnernes navne:</p>
  <pre class="portal-code">indikator;periode;enhed;vaerdi;aarsag;handling
17;2026-11;;84,5;;
17;2026-11;AUH;71,2;Ventelister efter sommeren;Ekstra udredningsdage i december</pre>
  <ul>
    <li><strong>indikator</strong>: indikatorens nummer, som står i adressen på dens side.</li>
    <li><strong>periode</strong>: 2026-11 for en måned, 2026-K3 for et kvartal, 2026 for et år.</li>
    <li><strong>enhed</strong>: enhedens id fra HR-data; tom for regionen samlet.</li>
    <li><strong>vaerdi</strong>: tallet med komma som decimaltegn.</li>
    <li><strong>aarsag</strong> og <strong>handling</strong> (valgfri): kommentaren til en rød værdi.</li>
  </ul>
  <p>Filen gemmes kun, hvis alle linjer er i orden. Du ser først, hvad den vil ændre.</p>
  <form method="post" action="{{ACTION}}" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <div class="form-group">
      <label class="form-label" for="file">CSV-fil</label>
      <span class="form-hint" id="file-hint">Højst {{MAX_UPLOAD}} MB.</span>
      <input type="file" id="file" name="file" class="form-input" accept=".csv,text/csv" aria-describedby="file-hint">
    </div>
    <button type="submit" class="button button-secondary">Vis, hvad filen indeholder</button>
  </form>
</section>
