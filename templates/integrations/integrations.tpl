{{%AUTOESCAPE context="HTML"}}
<h1>Integrationer</h1>
<p class="font-lead">Andre systemer i regionen, fx datavarehuset, sender data til portalen med en nøgle, som en administrator opretter her. Nøglen giver kun adgang til det, der står under Adgang, og virker, indtil den bliver tilbagekaldt.</p>

{{#CREATED}}
<div class="alert alert-warning" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Kopiér nøglen nu: den vises kun denne ene gang</p>
    <p class="alert-text">Nøglen til »{{CREATED_NAME}}« ({{CREATED_SCOPE}}) er oprettet. Portalen gemmer ikke selve nøglen og kan ikke vise den igen. Giv den på en sikker måde til dem, der driver integrationen. Mister de den, så tilbagekald den, og opret en ny.</p>
  </div>
</div>
<div class="form-group">
  <label class="form-label" for="ny-noegle">Nøglen</label>
  <span class="form-hint" id="ny-noegle-hint">Systemet sender den i headeren Authorization ved hvert kald.</span>
  <input class="form-input portal-textarea-wide" id="ny-noegle" type="text" value="{{TOKEN}}" readonly spellcheck="false" autocomplete="off" aria-describedby="ny-noegle-hint">
</div>
<h2 class="h3">Sådan bruges nøglen</h2>
<p>Hvert kald til portalens API sender nøglen i en header: <code>Authorization: Bearer</code>, et mellemrum og nøglen ovenfor.</p>
<p>Om nøglen virker, kan systemets driftsfolk prøve med <code>GET /api/v1/integration</code>, som svarer med integrationens navn. Kald uden gyldig nøgle får svaret 401 med en forklaring i feltet <code>fejl</code>.</p>
{{/CREATED}}

<section aria-labelledby="noegler" class="portal-section">
  <h2 id="noegler">Nøgler</h2>
  {{#NO_TOKENS}}<p>Der er ingen nøgler endnu.</p>{{/NO_TOKENS}}
  {{#TOKENS}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Nøgler til integrationer">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Nøgler til integrationer, de aktive først</caption>
      <thead><tr><th scope="col">Integration</th><th scope="col">Adgang</th><th scope="col">Nøglen begynder med</th><th scope="col">Oprettet</th><th scope="col">Sidst brugt</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
      <tbody>
        {{#TOKEN}}
        <tr>
          <td data-label="Integration"><strong>{{NAME}}</strong><br>{{PURPOSE}}</td>
          <td data-label="Adgang">{{SCOPE}}</td>
          <td data-label="Nøglen begynder med"><code>{{PREFIX}}</code></td>
          <td data-label="Oprettet">{{CREATED}}</td>
          <td data-label="Sidst brugt">{{LAST_USED}}</td>
          <td data-label="Status">{{#LIVE}}Aktiv{{/LIVE}}{{#REVOKED}}Tilbagekaldt {{REVOKED_TEXT}}{{/REVOKED}}</td>
          <td data-label="Handling">{{#REVOKE}}<a href="{{REVOKE_HREF}}" class="button button-secondary portal-nowrap" aria-label="{{REVOKE_LABEL}}">Tilbagekald</a>{{/REVOKE}}</td>
        </tr>
        {{/TOKEN}}
      </tbody>
    </table>
  </div>
  {{/TOKENS}}
</section>

<section aria-labelledby="ny" class="portal-section">
  <div class="row">
    <div class="col-12 col-md-10 col-lg-8">
{{>ERROR_SUMMARY}}
      <h2 id="ny">Opret en nøgle</h2>
      <form method="post" action="/administration/integrationer" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>NAME_FIELD}}
        {{>PURPOSE_FIELD}}
        {{>SCOPE_FIELD}}
        <button type="submit" class="button button-primary">Opret nøgle</button>
      </form>
    </div>
  </div>
</section>
