{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/ledelsesgrundlag" class="breadcrumbs__link">Ledelsesgrundlaget</a></li>
    <li class="breadcrumbs__list-item"><a href="{{DOCUMENT_HREF}}" class="breadcrumbs__link">{{CURRENT_TITLE}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Rediger</li>
  </ol>
</nav>

{{>ERROR_SUMMARY}}

<h1>Rediger {{CURRENT_TITLE}}</h1>

{{>CONFLICT}}

{{#HAS_DRAFT}}
<p class="portal-foundation-draft-state">Du arbejder i dokumentets kladde, senest gemt {{DRAFT_SAVED}} af {{DRAFT_AUTHOR}}. Kladden er kun synlig for redaktører; læserne ser version {{CURRENT_NUMBER}}, indtil kladden bliver udgivet.</p>
{{/HAS_DRAFT}}
{{#NO_DRAFT}}
<p class="portal-foundation-draft-state">Der er ingen kladde. Teksten herunder er den gældende version {{CURRENT_NUMBER}}. Gemmer du, bliver den en kladde, som kun redaktører ser; udgiver du, bliver den en ny version, der gælder for alle.</p>
{{/NO_DRAFT}}

<form method="post" action="{{EDIT_HREF}}" class="portal-foundation-form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="draft" value="{{DRAFT_ID}}">
  <input type="hidden" name="revision" value="{{REVISION}}">
  <input type="hidden" name="based_on" value="{{BASED_ON}}">

  {{>TITLE_FIELD}}
  {{>BODY_FIELD}}

  <details class="portal-foundation-help">
    <summary>Sådan skriver du Markdown</summary>
    <ul>
      <li><code>## Overskrift</code> giver en overskrift, <code>### Underoverskrift</code> en mindre.</li>
      <li>En tom linje starter et nyt afsnit.</li>
      <li><code>**fed**</code> giver <strong>fed</strong>, <code>*kursiv*</code> giver <em>kursiv</em>.</li>
      <li>Linjer, der begynder med <code>- </code>, bliver en punktliste; <code>1. </code> en nummereret liste.</li>
      <li><code>[linktekst](https://www.rm.dk)</code> giver et link. Kun links til http, https, mailto og portalens egne sider virker.</li>
      <li>HTML virker ikke: det, du skriver som HTML, vises som almindelig tekst.</li>
    </ul>
  </details>

  <div class="portal-foundation-actions">
    <button type="submit" name="action" value="gem" class="button button-primary">Gem kladde</button>
    <button type="submit" name="action" value="forhaandsvis" class="button button-secondary">Vis forhåndsvisning</button>
    <button type="submit" name="action" value="udgiv" class="button button-secondary">Udgiv</button>
  </div>
  <p class="form-hint">Udgiv gør teksten til den nye gældende version for alle. Den tidligere version gemmes og kan altid læses under <a href="{{VERSIONS_HREF}}">Versioner</a>.</p>
</form>

{{#DISCARD}}
<form method="post" action="{{EDIT_HREF}}/kasser" class="portal-section portal-foundation-discard">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="draft" value="{{DISCARD_DRAFT_ID}}">
  <input type="hidden" name="revision" value="{{DISCARD_REVISION}}">
  <h2 class="h4">Kassér kladden</h2>
  <p>Sletter kladden med alle ændringer, der ikke er udgivet. Den gældende version ændres ikke.</p>
  <button type="submit" class="button button-secondary">Kassér kladde</button>
</form>
{{/DISCARD}}

{{#PREVIEW}}
<section class="portal-section portal-foundation-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">Forhåndsvisning</h2>
  <p class="portal-muted">Sådan ser teksten ud for læserne, når den er udgivet.{{#PREVIEW_OF_TYPED}} Den er ikke gemt endnu.{{/PREVIEW_OF_TYPED}}</p>
  <div class="portal-foundation-text">
    <p class="h3 portal-foundation-preview-title">{{PREVIEW_TITLE}}</p>
    {{PREVIEW_HTML:none}}
  </div>
</section>
{{/PREVIEW}}
