{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/ledelsesgrundlag" class="breadcrumbs__link">Ledelsesgrundlaget</a></li>
    <li class="breadcrumbs__list-item"><a href="{{DOCUMENT_HREF}}" class="breadcrumbs__link">{{CURRENT_TITLE}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{VERSIONS_HREF}}" class="breadcrumbs__link">Versioner</a></li>
    <li class="breadcrumbs__list-item"><a href="{{VERSION_HREF}}" class="breadcrumbs__link">Version {{NUMBER}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Ændringer</li>
  </ol>
</nav>

<h1>Ændringer i version {{NUMBER}}</h1>

{{#PICK_OTHER}}
<form method="get" action="{{PICK_ACTION}}" class="portal-filter d-print-none">
  <div class="form-group">
    <label class="form-label" for="med">Sammenlign version {{NUMBER}} med</label>
    <select class="form-select" id="med" name="med">
      {{#OTHER_VERSION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>Version {{VALUE}}</option>{{/OTHER_VERSION}}
    </select>
  </div>
  <button type="submit" class="button button-secondary">Sammenlign</button>
</form>
{{/PICK_OTHER}}

{{#FIRST_VERSION}}
<p class="font-lead">Version {{NUMBER}} af {{TITLE}} er den første version. Der er ingen tidligere version at sammenligne med.</p>
<p><a href="{{VERSION_HREF}}">Læs version {{NUMBER}}</a></p>
{{/FIRST_VERSION}}

{{#COMPARED}}
<p class="font-lead">Version {{NUMBER}} (udgivet {{DATE}}) sammenlignet med version {{PREVIOUS_NUMBER}} (udgivet {{PREVIOUS_DATE}}) af „{{TITLE}}“.</p>
<p class="portal-foundation-diff-summary">{{INSERTED_COUNT}} tilføjet og {{REMOVED_COUNT}} fjernet. Linjerne vises, som de er skrevet (Markdown). Tilføjede linjer er markeret <strong>Tilføjet</strong>, fjernede <strong>Fjernet</strong>.</p>

{{#TITLE_CHANGED}}
<dl class="portal-details portal-foundation-title-change">
  <dt>Titlen før</dt>
  <dd><del>{{OLD_TITLE}}</del></dd>
  <dt>Titlen nu</dt>
  <dd><ins>{{NEW_TITLE}}</ins></dd>
</dl>
{{/TITLE_CHANGED}}

{{#BODY_UNCHANGED}}<p>Teksten er ikke ændret; kun titlen er.</p>{{/BODY_UNCHANGED}}
{{#DIFF_COARSE}}<p>Der er så mange ændringer, at de ikke kan parres linje for linje: hele den ændrede del er vist som fjernet og derefter tilføjet.</p>{{/DIFF_COARSE}}

{{#DIFF}}
<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over ændrede linjer">
  <table class="table portal-foundation-diff">
    <caption class="sr-only">Ændrede linjer fra version {{PREVIOUS_NUMBER}} til version {{NUMBER}}, med nogle uændrede linjer omkring</caption>
    <thead>
      <tr>
        <th scope="col">Ændring</th>
        <th scope="col" class="portal-number">Linje i version {{PREVIOUS_NUMBER}}</th>
        <th scope="col" class="portal-number">Linje i version {{NUMBER}}</th>
        <th scope="col">Tekst</th>
      </tr>
    </thead>
    <tbody>
      {{#DIFF_ROW}}
      {{#FOLDED}}<tr class="portal-diff-folded"><td colspan="4">… {{FOLDED_COUNT}} uændrede linjer er ikke vist …</td></tr>{{/FOLDED}}
      {{#UNCHANGED}}<tr class="portal-diff-unchanged"><td>Uændret</td><td class="portal-number">{{OLD_LINE}}</td><td class="portal-number">{{NEW_LINE}}</td><td class="portal-diff-text">{{TEXT:pre_escape}}{{#EMPTY_LINE}}<span class="portal-muted">(tom linje)</span>{{/EMPTY_LINE}}</td></tr>{{/UNCHANGED}}
      {{#REMOVED}}<tr class="portal-diff-removed"><td><strong>Fjernet</strong></td><td class="portal-number">{{OLD_LINE}}</td><td class="portal-number"></td><td class="portal-diff-text"><del>{{TEXT:pre_escape}}{{#EMPTY_LINE}}(tom linje){{/EMPTY_LINE}}</del></td></tr>{{/REMOVED}}
      {{#INSERTED}}<tr class="portal-diff-inserted"><td><strong>Tilføjet</strong></td><td class="portal-number"></td><td class="portal-number">{{NEW_LINE}}</td><td class="portal-diff-text"><ins>{{TEXT:pre_escape}}{{#EMPTY_LINE}}(tom linje){{/EMPTY_LINE}}</ins></td></tr>{{/INSERTED}}
      {{/DIFF_ROW}}
    </tbody>
  </table>
</div>
{{/DIFF}}

<ul class="portal-foundation-version-links">
  <li><a href="{{VERSION_HREF}}">Læs version {{NUMBER}}</a></li>
  <li><a href="{{PREVIOUS_HREF}}">Læs version {{PREVIOUS_NUMBER}}</a></li>
  <li><a href="{{VERSIONS_HREF}}">Alle versioner</a></li>
</ul>
{{/COMPARED}}
