{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Brødkrumme">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/organisation" class="breadcrumbs__link">Organisationen</a></li>
    <li class="breadcrumbs__list-item"><a href="{{UNIT_HREF}}" class="breadcrumbs__link">{{UNIT_NAME}}</a></li>
    <li class="breadcrumbs__list-item"><a href="{{TRANSLATION_HREF}}" class="breadcrumbs__link">Oversættelse</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">MED-drøftelser</li>
  </ol>
</nav>

<div class="row">
  <div class="col-12 col-lg-9">
    {{#ERROR_SUMMARY}}
    <div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
      <div class="alert-body">
        <h2 class="alert-heading" id="error-summary-heading">Drøftelsen er ikke registreret</h2>
        <ul class="alert-text nobullet-list">
          {{#ERROR_ITEM}}<li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>{{/ERROR_ITEM}}
        </ul>
      </div>
    </div>
    {{/ERROR_SUMMARY}}

    <h1>MED-drøftelser af oversættelsen for {{UNIT_NAME}}</h1>

    <section aria-labelledby="list-heading" class="portal-section">
      <h2 id="list-heading">Registrerede drøftelser</h2>
      {{#NO_DISCUSSIONS}}<p>Der er ikke registreret nogen drøftelse endnu.</p>{{/NO_DISCUSSIONS}}
      {{#DISCUSSIONS}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over MED-drøftelser">
        <table class="table table--zebra">
          <caption class="sr-only">MED-drøftelser, nyeste møde først</caption>
          <thead>
            <tr><th scope="col">Mødedato</th><th scope="col">Udvalg</th><th scope="col">Version</th><th scope="col">Bemærkninger</th><th scope="col">Registreret af</th></tr>
          </thead>
          <tbody>
            {{#ROW}}
            <tr><td>{{HELD_ON}}</td><td>{{COMMITTEE}}</td><td>{{VERSION}}</td><td>{{REMARKS}}</td><td>{{RECORDED_BY}}, {{RECORDED_AT}}</td></tr>
            {{/ROW}}
          </tbody>
        </table>
      </div>
      {{/DISCUSSIONS}}
    </section>

    {{#FORM}}
    <section aria-labelledby="form-heading" class="portal-section">
      <h2 id="form-heading">Registrer en drøftelse</h2>
      <p>{{CONCERNS}}</p>
      <form method="post" action="{{MED_HREF}}" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <div class="form-group{{#HELD_ON_ERROR}} form-error{{/HELD_ON_ERROR}}">
          <label class="form-label" for="held_on">Mødedato</label>
          <span class="form-hint" id="held_on-hint">Mellem {{EARLIEST}} og i dag.</span>
          {{#HELD_ON_ERROR}}<span class="form-error-message" id="held_on-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/HELD_ON_ERROR}}
          <input type="date" class="form-input input-width-s" id="held_on" name="held_on" value="{{HELD_ON}}" min="{{EARLIEST_ISO}}" max="{{TODAY_ISO}}" aria-describedby="held_on-hint{{#HELD_ON_ERROR}} held_on-error{{/HELD_ON_ERROR}}"{{#HELD_ON_ERROR}} aria-invalid="true"{{/HELD_ON_ERROR}}>
        </div>
        <div class="form-group{{#COMMITTEE_ERROR}} form-error{{/COMMITTEE_ERROR}}">
          <label class="form-label" for="committee">MED-udvalg</label>
          <span class="form-hint" id="committee-hint">Fx «LokalMED for Regionssekretariatet». Højst {{MAX_COMMITTEE}} tegn.</span>
          {{#COMMITTEE_ERROR}}<span class="form-error-message" id="committee-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/COMMITTEE_ERROR}}
          <input type="text" class="form-input" id="committee" name="committee" value="{{COMMITTEE}}" aria-describedby="committee-hint{{#COMMITTEE_ERROR}} committee-error{{/COMMITTEE_ERROR}}"{{#COMMITTEE_ERROR}} aria-invalid="true"{{/COMMITTEE_ERROR}}>
        </div>
        <div class="form-group{{#REMARKS_ERROR}} form-error{{/REMARKS_ERROR}}">
          <label class="form-label" for="remarks">Bemærkninger (valgfri)</label>
          <span class="form-hint" id="remarks-hint">Højst {{MAX_REMARKS}} tegn.</span>
          {{#REMARKS_ERROR}}<span class="form-error-message" id="remarks-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/REMARKS_ERROR}}
          <textarea class="form-input" id="remarks" name="remarks" rows="4" aria-describedby="remarks-hint{{#REMARKS_ERROR}} remarks-error{{/REMARKS_ERROR}}"{{#REMARKS_ERROR}} aria-invalid="true"{{/REMARKS_ERROR}}>{{REMARKS:pre_escape}}</textarea>
        </div>
        <button type="submit" class="button button-primary">Registrer drøftelsen</button>
      </form>
    </section>
    {{/FORM}}
  </div>
</div>
