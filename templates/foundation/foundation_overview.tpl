{{%AUTOESCAPE context="HTML"}}
<h1>Ledelsesgrundlaget</h1>
<p class="font-lead">Ledelsesgrundlaget er Region Midtjyllands fælles, værdibaserede grundlag for god ledelse. Det gælder alle ledere og medarbejdere – på hospitalerne, i psykiatrien, på de sociale tilbud og i administrationen.</p>
<p>Grundlaget bygger på tre værdier: <strong>dialog</strong>, <strong>dygtighed</strong> og <strong>dristighed</strong>. Det beskriver fire forventninger til god ledelse og styring, den tredobbelte ledelsesopgave og det demokratiske udgangspunkt, vi arbejder ud fra. Hver enhed oversætter det til sin egen hverdag.</p>

<section class="portal-section portal-foundation-for-me" aria-labelledby="for-me-heading">
  <h2 id="for-me-heading">Hvad betyder det for mig?</h2>
  <p>Læs kort, hvad ledelsesgrundlaget betyder for netop din rolle.</p>
  <ul class="portal-cards nobullet-list no-max-width">
    {{#ROLE}}
    <li>
      <a class="card portal-card" href="{{ROLE_HREF}}">
        <div class="card-content">
          <h3 class="card-heading">{{ROLE_LABEL}}</h3>
          <p>{{ROLE_TITLE}}</p>
        </div>
        <svg class="icon-svg card-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#arrow-forward"></use></svg>
      </a>
    </li>
    {{/ROLE}}
  </ul>
</section>

<nav class="portal-section portal-foundation-toc" aria-labelledby="toc-heading">
  <h2 id="toc-heading">Indhold</h2>
  <ol>
    {{#TOC}}
    <li><a href="#{{SLUG}}">{{TOC_TITLE}}</a></li>
    {{/TOC}}
  </ol>
</nav>

{{#PART}}
<section class="portal-section portal-foundation-part" id="{{SLUG}}" aria-labelledby="{{SLUG}}-heading">
  <h2 id="{{SLUG}}-heading">{{CURRENT_TITLE}}</h2>
  <div class="portal-foundation-text">
    {{BODY_HTML:none}}
  </div>
  <p class="portal-muted portal-foundation-meta">Version {{CURRENT_NUMBER}}, udgivet {{CURRENT_DATE}}. <a href="{{DOCUMENT_HREF}}">Vis som side<span class="sr-only">: {{CURRENT_TITLE}}</span></a> · <a href="{{VERSIONS_HREF}}">Versioner<span class="sr-only"> af {{CURRENT_TITLE}}</span></a></p>
</section>
{{/PART}}
