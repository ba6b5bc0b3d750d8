{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs d-print-none" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
    <li class="breadcrumbs__list-item"><a href="/udvikling/kohorter" class="breadcrumbs__link">Globetrotter-hold</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{NAME}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>{{NAME}}</h1>
    <p class="portal-muted">Et hold i {{PROGRAMME_NAME}}</p>
    <dl class="portal-facts">
      <dt>Periode</dt><dd>{{DATES}}</dd>
      <dt>Ansøgningsfrist</dt><dd>{{DEADLINE}}</dd>
      <dt>Pladser</dt><dd>{{SEATS}}</dd>
    </dl>
    {{#DESCRIPTION}}<p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>{{/DESCRIPTION}}

    <section aria-labelledby="optagelse" class="portal-section">
      <h2 id="optagelse">Optagelse</h2>
      <p>Før du bliver optaget, gennemgår du forberedelsen sammen med din egen leder, som godkender den:</p>
      <ol>
        {{#CHECKLIST_ITEM}}<li>{{TEXT}}</li>{{/CHECKLIST_ITEM}}
      </ol>
      {{#MINE}}<p>Du har søgt om optagelse. Status: <span class="badge {{STATUS_CLASS}}">{{STATUS}}</span> <a href="{{HREF}}">Se din ansøgning</a></p>{{/MINE}}
      {{#CAN_APPLY}}<p class="d-print-none"><a href="{{HREF}}" class="button button-primary">Søg om optagelse</a></p>{{/CAN_APPLY}}
      {{#APPLY_LEADERS_ONLY}}<p>Holdet er for ledere: du kan søge, når du er leder af en enhed.</p>{{/APPLY_LEADERS_ONLY}}
      {{#CLOSED}}<p>Holdet tager ikke imod ansøgninger: fristen er overskredet, eller holdet er fuldt.</p>{{/CLOSED}}
    </section>

    {{#MEMBERS}}
    <section aria-labelledby="deltagere" class="portal-section">
      <h2 id="deltagere">Deltagere ({{COUNT}})</h2>
      {{#NO_MEMBERS}}<p>Ingen er optaget endnu.</p>{{/NO_MEMBERS}}
      {{#MEMBER_LIST}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Deltagere">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Holdets deltagere med deres enhed</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Enhed</th></tr></thead>
          <tbody>
            {{#MEMBER}}<tr><td data-label="Navn">{{NAME}}</td><td data-label="Enhed">{{UNIT}}</td></tr>{{/MEMBER}}
          </tbody>
        </table>
      </div>
      {{/MEMBER_LIST}}
    </section>
    {{/MEMBERS}}

    <section aria-labelledby="moeder" class="portal-section">
      <h2 id="moeder">Møder</h2>
      <p>Hvert møde, en deltager er mødt op til, tæller som en kursusdag i {{PROGRAMME_NAME}}.</p>
      {{#MY_COURSE_DAYS}}<p>Du er registreret som mødt til {{COUNT}}.</p>{{/MY_COURSE_DAYS}}
      {{#NO_MEETINGS}}<p>Der er ikke planlagt møder endnu.</p>{{/NO_MEETINGS}}
      {{#MEETINGS}}
      <ul class="nobullet-list">
        {{#MEETING}}
        <li class="portal-section">
          <h3 class="h5">{{THEME}}</h3>
          <p>{{WHEN}}{{#PLACE}}, {{TEXT}}{{/PLACE}}{{#ONLINE}} · <a href="{{HREF}}">Link til onlinemødet</a>{{/ONLINE}}</p>
          {{#NOTES}}<p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>{{/NOTES}}
          {{#MY_ATTENDANCE}}<p>Dit fremmøde: <strong>{{LABEL}}</strong></p>{{/MY_ATTENDANCE}}
          {{#MY_ATTENDANCE_PENDING}}<p>Dit fremmøde er ikke registreret endnu.</p>{{/MY_ATTENDANCE_PENDING}}
          {{#ROLL}}
          <h4 class="h6" id="fremmoede-{{MEETING}}">Deltagere og fremmøde</h4>
          {{#ROLL_ERROR}}<div class="alert alert-error" role="alert" tabindex="-1" data-portal-focus id="fremmoede-fejl-{{MEETING}}"><div class="alert-body"><p class="alert-heading">Fremmødet blev ikke gemt</p><p class="alert-text">{{MESSAGE}}</p></div></div>{{/ROLL_ERROR}}
          {{#NOT_HELD}}<p class="portal-muted d-print-none">Fremmødet kan registreres fra mødets dag.</p>{{/NOT_HELD}}
          {{#NO_LINES}}<p>Ingen er optaget på holdet endnu.</p>{{/NO_LINES}}
          {{#LINES}}
          <div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="fremmoede-{{MEETING}}">
            <table class="table table--compact portal-stack">
              <caption class="sr-only">Holdets deltagere og deres fremmøde: {{THEME}}, {{DAY}}</caption>
              <thead><tr><th scope="col">Navn</th><th scope="col">Enhed</th><th scope="col">Fremmøde</th></tr></thead>
              <tbody>
                {{#LINE}}
                <tr>
                  <td data-label="Navn">{{NAME}}</td>
                  <td data-label="Enhed">{{UNIT}}</td>
                  <td data-label="Fremmøde"><span class="{{ATTENDANCE_CLASS}}">{{ATTENDANCE}}</span>
                    {{#ATTENDANCE_FORM}}
                    <form method="post" action="{{ACTION}}" class="portal-inline-form d-print-none">
                      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
                      <input type="hidden" name="person" value="{{PERSON}}">
                      <select name="attendance" class="form-select" aria-label="{{LABEL}}"{{#INVALID}} aria-invalid="true" aria-describedby="fremmoede-fejl-{{MEETING}}"{{/INVALID}}>
                        {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
                      </select>
                      <button type="submit" class="button button-secondary">Gem</button>
                    </form>
                    {{/ATTENDANCE_FORM}}
                  </td>
                </tr>
                {{/LINE}}
              </tbody>
            </table>
          </div>
          {{/LINES}}
          {{/ROLL}}
          {{#DELETE}}<form method="post" action="{{ACTION}}" class="d-print-none"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-tertiary" aria-label="{{LABEL}}">Slet mødet</button></form>{{/DELETE}}
        </li>
        {{/MEETING}}
      </ul>
      {{/MEETINGS}}
    </section>

    <section aria-labelledby="materiale" class="portal-section">
      <h2 id="materiale">Delt materiale</h2>
      {{#NO_MATERIAL}}<p>Der er ikke delt materiale endnu.</p>{{/NO_MATERIAL}}
      {{#MATERIALS}}
      <ul class="nobullet-list">
        {{#MATERIAL}}
        <li class="portal-section">
          <h3 class="h5">{{#LINK}}<a href="{{HREF}}">{{/LINK}}{{TITLE}}{{#LINK}}</a>{{/LINK}}</h3>
          <p class="portal-muted">Delt {{ADDED}}</p>
          {{#BODY}}<p class="portal-preserve-lines">{{TEXT:pre_escape}}</p>{{/BODY}}
          {{#DELETE}}<form method="post" action="{{ACTION}}" class="d-print-none"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-tertiary" aria-label="{{LABEL}}">Slet materialet</button></form>{{/DELETE}}
        </li>
        {{/MATERIAL}}
      </ul>
      {{/MATERIALS}}
    </section>

    {{#MAINTAIN}}
    <section aria-labelledby="ansoegninger" class="portal-section">
      <h2 id="ansoegninger">Ansøgninger</h2>
      <p class="d-print-none"><a href="{{EDIT_HREF}}" class="button button-secondary">Ret holdet</a></p>
      {{#NO_APPLICATIONS}}<p>Ingen har søgt endnu.</p>{{/NO_APPLICATIONS}}
      {{#APPLICATIONS}}
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Ansøgninger til holdet">
        <table class="table table--compact portal-stack">
          <caption class="sr-only">Ansøgningerne til holdet, den ældste først</caption>
          <thead><tr><th scope="col">Ansøger</th><th scope="col">Enhed</th><th scope="col">Sendt</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {{#APPLICATION}}<tr><td data-label="Ansøger"><a href="{{HREF}}">{{NAME}}</a></td><td data-label="Enhed">{{UNIT}}</td><td data-label="Sendt">{{SUBMITTED}}</td><td data-label="Status"><span class="badge {{STATUS_CLASS}}">{{STATUS}}</span></td></tr>{{/APPLICATION}}
          </tbody>
        </table>
      </div>
      {{/APPLICATIONS}}
    </section>

    <section aria-labelledby="nyt-moede" class="portal-section d-print-none">
      <h2 id="nyt-moede">Tilføj et møde</h2>
      {{#MEETING_ERRORS}}{{>ERROR_SUMMARY}}{{/MEETING_ERRORS}}
      <form method="post" action="{{ACTION_BASE}}/moeder" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>MEETING_THEME_FIELD}}
        {{>MEETING_DAY_FIELD}}
        {{>MEETING_STARTS_FIELD}}
        {{>MEETING_ENDS_FIELD}}
        {{>MEETING_PLACE_FIELD}}
        {{>MEETING_LINK_FIELD}}
        {{>MEETING_NOTES_FIELD}}
        <button type="submit" class="button button-secondary">Tilføj mødet</button>
      </form>
    </section>

    <section aria-labelledby="nyt-materiale" class="portal-section d-print-none">
      <h2 id="nyt-materiale">Del materiale</h2>
      {{#MATERIAL_ERRORS}}{{>ERROR_SUMMARY}}{{/MATERIAL_ERRORS}}
      <form method="post" action="{{ACTION_BASE}}/materiale" novalidate>
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        {{>MATERIAL_TITLE_FIELD}}
        {{>MATERIAL_LINK_FIELD}}
        {{>MATERIAL_BODY_FIELD}}
        <button type="submit" class="button button-secondary">Del materialet</button>
      </form>
    </section>
    {{/MAINTAIN}}
  </div>
</div>
