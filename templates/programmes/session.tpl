{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="{{PROGRAMME_HREF}}" class="breadcrumbs__link">{{PROGRAMME_NAME}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{TITLE}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>{{TITLE}}</h1>
    <p class="portal-muted">{{KIND}} i {{PROGRAMME_NAME}}</p>
    <dl class="portal-facts">
      <dt>Tid</dt><dd>{{WHEN}}</dd>
      {{#PLACE}}<dt>Sted</dt><dd>{{TEXT}}</dd>{{/PLACE}}
      {{#ONLINE}}<dt>Online</dt><dd><a href="{{HREF}}">Link til onlinemødet</a></dd>{{/ONLINE}}
      {{#TEACHER}}<dt>Underviser</dt><dd>{{TEXT}}</dd>{{/TEACHER}}
      <dt>Pladser</dt><dd>{{SEATS}}</dd>
      <dt>Tilmeldingsfrist</dt><dd>{{REGISTRATION_DEADLINE}}</dd>
      <dt>Afmeldingsfrist</dt><dd>{{CANCELLATION_DEADLINE}}</dd>
    </dl>

    <section aria-labelledby="din-tilmelding" class="portal-section d-print-none">
      <h2 id="din-tilmelding" class="h3">Din tilmelding</h2>
      {{#MINE}}
      {{#SEATED}}<p>Du er tilmeldt. <a href="{{CALENDAR_HREF}}">Føj til din kalender</a></p>{{/SEATED}}
      {{#WAITING}}<p>Du står som nummer {{POSITION}} på ventelisten. Du får besked, hvis du får en plads.</p>{{/WAITING}}
      {{#CAN_CANCEL}}
      <form method="post" action="{{ACTION_BASE}}/afmeld">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-secondary">{{#SEATED_CANCEL}}Meld mig fra{{/SEATED_CANCEL}}{{#WAITING_CANCEL}}Forlad ventelisten{{/WAITING_CANCEL}}</button>
      </form>
      {{#SEATED_CANCEL}}<p class="form-hint">Melder du fra efter {{CANCELLATION_DEADLINE}}, tæller det som udeblevet.</p>{{/SEATED_CANCEL}}
      {{/CAN_CANCEL}}
      {{/MINE}}
      {{#CAN_REGISTER}}
      <form method="post" action="{{ACTION_BASE}}/tilmeld">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-primary">Tilmeld mig</button>
      </form>
      {{/CAN_REGISTER}}
      {{#NOT_ENROLLED}}<p>Du kan tilmelde dig, når du er optaget i {{PROGRAMME_NAME}}.</p>{{/NOT_ENROLLED}}
      {{#NO_PERSON}}<p>Din konto er ikke knyttet til en person i HR-data, så du kan ikke selv tilmelde dig.</p>{{/NO_PERSON}}
      {{#REGISTRATION_CLOSED}}<p>Der er lukket for tilmelding.</p>{{/REGISTRATION_CLOSED}}
    </section>

    {{#PARTICIPANTS}}
    <section aria-labelledby="deltagere" class="portal-section">
      <h2 id="deltagere" class="h3">Deltagere ({{COUNT}})</h2>
      {{#REGISTER_OTHER}}
      <form method="post" action="{{ACTION_BASE}}/tilmeld-andre" class="d-print-none" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>PERSON_FIELD}}
        <button type="submit" class="button button-secondary">Tilmeld</button>
      </form>
      {{/REGISTER_OTHER}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Deltagere">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Deltagerne med plads, derefter ventelisten</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">E-mail</th><th scope="col">Status</th><th scope="col">Fremmøde</th></tr></thead>
          <tbody>
            {{#PARTICIPANT}}
            <tr>
              <td data-label="Navn">{{NAME}}</td>
              <td data-label="E-mail">{{EMAIL}}</td>
              <td data-label="Status">{{STATUS}}</td>
              <td data-label="Fremmøde">{{#ATTENDANCE_TEXT}}<span class="{{CLASS}}">{{TEXT}}</span>{{/ATTENDANCE_TEXT}}
                {{#ATTENDANCE_FORM}}
                <form method="post" action="{{ACTION_BASE}}/fremmoede" class="portal-inline-form d-print-none">
                  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
                  <input type="hidden" name="registration" value="{{REGISTRATION}}">
                  <select name="attendance" class="form-select" aria-label="{{LABEL}}">
                    {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
                  </select>
                  <button type="submit" class="button button-secondary">Gem</button>
                </form>
                {{/ATTENDANCE_FORM}}
              </td>
            </tr>
            {{/PARTICIPANT}}
          </tbody>
        </table>
      </div>
    </section>
    {{/PARTICIPANTS}}
  </div>
</div>
