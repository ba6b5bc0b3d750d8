{{%AUTOESCAPE context="HTML"}}
<h1>Mail og planlagte job</h1>

{{#MAIL_ON}}
<p class="font-lead">Mail er slået til. Portalen sender gennem {{SERVER}}.</p>
<p class="d-print-none"><a href="/administration/mail?tjek=1" class="button button-secondary">Prøv forbindelsen til mailserveren</a></p>
{{/MAIL_ON}}
{{#MAIL_OFF}}
<div class="alert alert-info" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">Mail er slået fra</p>
    <p class="alert-text">Der er ikke sat nogen mailserver op (LP_SMTP_URL), så portalen sender ingen mails. Beskederne står stadig under Beskeder i portalen.</p>
  </div>
</div>
{{/MAIL_OFF}}
{{#CHECK_OK}}
<div class="alert alert-success" role="status">
  <div class="alert-body"><p class="alert-text">Mailserveren svarer, og portalen kan logge på.</p></div>
</div>
{{/CHECK_OK}}
{{#CHECK_FAILED}}
<div class="alert alert-error" role="alert">
  <div class="alert-body">
    <p class="alert-heading">Mailserveren kan ikke bruges</p>
    <p class="alert-text">{{PROBLEM}}. Mails bliver i køen, indtil den svarer.</p>
  </div>
</div>
{{/CHECK_FAILED}}

<section aria-labelledby="udbakke" class="portal-section">
  <h2 id="udbakke">Udbakken</h2>
  <nav aria-label="Mails efter status" class="d-print-none">
    <ul class="nobullet-list portal-tabs">
      {{#TAB}}<li>{{#TAB_CURRENT}}<strong aria-current="page">{{TAB_LABEL}}</strong>{{/TAB_CURRENT}}{{#TAB_LINK}}<a href="{{TAB_HREF}}">{{TAB_LABEL}}</a>{{/TAB_LINK}}</li>{{/TAB}}
    </ul>
  </nav>
  {{#NO_MAILS}}<p>Ingen mails med status „{{SHOWN_LABEL}}“.</p>{{/NO_MAILS}}
  {{#MAILS}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Mails med status {{SHOWN_LABEL}}">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Mails med status {{SHOWN_LABEL}}, nyeste først</caption>
      <thead><tr><th scope="col">Modtager</th><th scope="col">Emne</th><th scope="col">Slags</th><th scope="col">Oprettet</th><th scope="col">Forsøg</th><th scope="col">Status</th><th scope="col">Seneste fejl</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
      <tbody>
        {{#MAIL}}
        <tr>
          <td data-label="Modtager">{{RECIPIENT}}</td>
          <td data-label="Emne">{{SUBJECT}}</td>
          <td data-label="Slags">{{KIND}}</td>
          <td data-label="Oprettet">{{CREATED}}</td>
          <td data-label="Forsøg" class="portal-number">{{ATTEMPTS}}</td>
          <td data-label="Status">{{STATUS}}</td>
          <td data-label="Seneste fejl">{{ERROR}}</td>
          <td data-label="Handling">{{#RESEND}}<form method="post" action="{{RESEND_ACTION}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-secondary portal-nowrap" aria-label="{{RESEND_LABEL}}">Send igen</button></form>{{/RESEND}}</td>
        </tr>
        {{/MAIL}}
      </tbody>
    </table>
  </div>
  {{>PAGER}}
  {{/MAILS}}
</section>

<section aria-labelledby="job" class="portal-section">
  <h2 id="job">Planlagte job</h2>
  {{#SCHEDULER_ON}}<p>Jobbene kører af sig selv i portalen, som ser efter forfaldne job hvert {{SECONDS}}. sekund. Kører flere portaler på samme database, kører hvert job kun i én af dem ad gangen.</p>{{/SCHEDULER_ON}}
  {{#SCHEDULER_OFF}}<p>Planlægningen er slået fra i denne portal (LP_SCHEDULER_SECONDS=0), så jobbene kører kun, når nogen trykker »Kør nu« her, eller med <code>ledelsesportal jobs run</code>. Kører en anden portal på samme database med planlægningen slået til, kører den jobbene.</p>{{/SCHEDULER_OFF}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Planlagte job">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Planlagte job med seneste kørsel</caption>
      <thead><tr><th scope="col">Job</th><th scope="col">Hvornår</th><th scope="col">Seneste kørsel</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
      <tbody>
        {{#JOB}}
        <tr>
          <td data-label="Job"><strong>{{JOB_NAME}}</strong><br>{{JOB_DESCRIPTION}}</td>
          <td data-label="Hvornår">{{JOB_SCHEDULE}}</td>
          <td data-label="Seneste kørsel">{{JOB_LAST}}</td>
          <td data-label="Handling"><form method="post" action="{{JOB_ACTION}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-secondary portal-nowrap" aria-label="{{JOB_LABEL}}">Kør nu</button></form></td>
        </tr>
        {{/JOB}}
      </tbody>
    </table>
  </div>
</section>
