{{%AUTOESCAPE context="HTML"}}
<h1>Velkommen, {{USER_NAME}}</h1>
<p class="font-lead">I dag er det {{TODAY}}. Her er det, der venter på dig, og det, der er nyt for dig i arbejdet med den midtjyske ledelsesmodel.</p>

{{#UNAVAILABLE}}
<div class="alert alert-warning" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body"><p class="alert-text">Vi kunne ikke hente alt til din forside lige nu (mangler: {{MODULES}}). Prøv igen om lidt.</p></div>
</div>
{{/UNAVAILABLE}}

<div class="portal-start">
<section aria-labelledby="tasks-heading" class="portal-section portal-start-tasks">
  <h2 id="tasks-heading">Venter på dig</h2>
  {{#NO_TASKS}}<p>Der venter ikke noget på dig lige nu.{{#NO_PERSON}} Dit login er ikke knyttet til en person i organisationen, så portalen kender ikke dine enheder.{{/NO_PERSON}}</p>{{/NO_TASKS}}
  {{#TASKS}}
  <ul class="nobullet-list portal-start-list">
    {{#TASK}}
    <li class="portal-start-item">
      <h3 class="h4"><a href="{{HREF}}">{{TITLE}}</a></h3>
      <p>{{#OVERDUE}}<span class="badge badge-error">Overskredet</span> {{/OVERDUE}}{{#DUE}}<span class="badge">Frist {{DUE}}</span> {{/DUE}}{{REASON}}</p>
      <p><a href="{{HREF}}">{{ACTION}}<span class="sr-only">: {{TITLE}}</span></a></p>
    </li>
    {{/TASK}}
  </ul>
  {{/TASKS}}
</section>

<section aria-labelledby="news-heading" class="portal-section portal-start-news">
  <h2 id="news-heading">Nyt for dig</h2>
  {{#NO_NEWS}}<p>Intet nyt for dig de seneste 30 dage.</p>{{/NO_NEWS}}
  {{#NEWS}}
  <ul class="nobullet-list portal-start-list">
    {{#NEWS_ITEM}}
    <li class="portal-start-item">
      <h3 class="h4"><a href="{{HREF}}">{{TITLE}}</a></h3>
      <p><time datetime="{{ON_ISO}}">{{ON}}</time>. {{TEXT}}</p>
    </li>
    {{/NEWS_ITEM}}
  </ul>
  {{/NEWS}}
</section>
</div>

{{#CHAIN}}
<section aria-labelledby="chain-heading" class="portal-section">
  <h2 id="chain-heading">Status under dig</h2>
  <p>{{SCOPE}}</p>
  <ul class="nobullet-list portal-start-figures">
    {{#FIGURE}}<li class="portal-start-figure{{#ATTENTION}} portal-start-figure--attention{{/ATTENTION}}"><a href="{{FIGURE_HREF}}"><strong>{{COUNT}}</strong> {{LABEL}}</a></li>{{/FIGURE}}
  </ul>
  <p><a href="{{CHAIN_HREF}}">Gå til opfølgningen</a></p>
</section>
{{/CHAIN}}

<p class="portal-roles">Du har adgang som: <span class="portal-role-list">{{#ROLE}}<span class="badge portal-role">{{LABEL}}</span> {{/ROLE}}</span></p>

<section aria-labelledby="modules-heading" class="portal-section">
  <h2 id="modules-heading">Det finder du i portalen</h2>
  <ul class="portal-cards nobullet-list no-max-width">
    {{#MODULE}}
    <li>
      <a class="card portal-card" href="{{HREF}}">
        <div class="card-content">
          <h3 class="card-heading">{{TITLE}}</h3>
          <p>{{DESCRIPTION}}</p>
        </div>
        <svg class="icon-svg card-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#arrow-forward"></use></svg>
      </a>
    </li>
    {{/MODULE}}
  </ul>
</section>

<section aria-labelledby="model-heading" class="portal-section">
  <h2 id="model-heading">Den midtjyske ledelsesmodel kort fortalt</h2>
  <p>Ledelsesmodellen giver alle ledere i Region Midtjylland en fælles retning og et fælles sprog, uanset om de leder en afdeling på et hospital, et socialt tilbud eller en stab. Den skal gøre det lettere at skabe kvalitet for patienter og borgere, at udvikle og forbedre opgaverne og at bruge regionens ressourcer med omtanke.</p>

  <h3>Tre værdier bærer det hele</h3>
  <ul class="portal-values nobullet-list no-max-width">
    <li class="portal-value">
      <h4>Dialog</h4>
      <p>Vi lytter, før vi beslutter, og taler åbent og ærligt med hinanden, med patienter og borgere og med vores samarbejdspartnere. Uenighed, der bliver sagt højt og respektfuldt, gør løsningerne bedre.</p>
    </li>
    <li class="portal-value">
      <h4>Dygtighed</h4>
      <p>Vi bygger vores arbejde på faglighed og går efter resultater, der gør en forskel for dem, vi er her for. Vi lærer hele tiden, deler det, vi ved, og sætter barren højt.</p>
    </li>
    <li class="portal-value">
      <h4>Dristighed</h4>
      <p>Vi er nysgerrige, tør prøve noget nyt og siger fra, når noget ikke virker. Vi ser forandringer som en chance for at finde bedre veje.</p>
    </li>
  </ul>

  <h3>Modellens tre dele</h3>
  <ol class="portal-parts">
    <li><strong>Ledelsesgrundlaget (retning):</strong> oversætter værdierne til konkret ledelsesadfærd. Hver enhed laver sin egen plan for, hvordan grundlaget bliver drøftet og brugt i ledelseskæden, i MED-systemet og i HR-processer som rekruttering og lederudviklingssamtaler.</li>
    <li><strong>Det metodiske fundament (metode):</strong> et fælles sprog for udviklingsarbejde, hvor forbedring, innovation, forskning og implementering er ligeværdige tilgange. Det metodiske kompas hjælper med at vælge den tilgang, der passer til opgaven.</li>
    <li><strong>Møde- og samarbejdsstrukturen (struktur og kultur):</strong> færre og tydeligere mødefora med klare roller og ansvar, så beslutninger bliver truffet hurtigere og mere gennemskueligt, og så det, der besluttes, også bliver fulgt op.</li>
  </ol>
  <p>De tre dele hænger sammen: værdierne giver retningen, metoderne giver redskaberne, og møderne er stedet, hvor vi følger op sammen.</p>
</section>
