{{%AUTOESCAPE context="HTML"}}
<h1>Min profil</h1>

<section aria-labelledby="profile-details-heading" class="portal-section">
  <h2 id="profile-details-heading">Dine oplysninger</h2>
  <dl class="portal-details">
    <dt>Navn</dt>
    <dd>{{USER_NAME}}</dd>
    <dt>E-mail</dt>
    <dd>{{USER_EMAIL}}</dd>
    <dt>Roller</dt>
    <dd><ul class="nobullet-list portal-role-list">{{#ROLE}}<li><span class="badge portal-role">{{LABEL}}</span></li>{{/ROLE}}</ul></dd>
  </dl>
  <p>Er dine oplysninger eller roller forkerte, så skriv til <a href="mailto:ledelsesportal@rm.dk">ledelsesportal@rm.dk</a>.</p>
</section>

<section aria-labelledby="sessions-heading" class="portal-section">
  <h2 id="sessions-heading">Hvor er du logget ind?</h2>
  <p>Listen viser de enheder og browsere, hvor du er logget ind på Ledelsesportalen lige nu. Kan du ikke genkende en af dem, så <a href="/min-profil/adgangskode">skift din adgangskode</a>: så bliver du også logget ud alle andre steder.</p>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Tabel over dine sessioner">
    <table class="table table--zebra portal-sessions">
      <caption class="sr-only">Dine aktive sessioner</caption>
      <thead>
        <tr>
          <th scope="col">Enhed og browser</th>
          <th scope="col">IP-adresse</th>
          <th scope="col">Logget ind</th>
          <th scope="col">Senest aktiv</th>
        </tr>
      </thead>
      <tbody>
        {{#SESSION}}
        <tr>
          <td>{{USER_AGENT}}{{#SESSION_CURRENT}} <span class="badge badge-success portal-current-session">Denne enhed</span>{{/SESSION_CURRENT}}</td>
          <td>{{REMOTE_ADDRESS}}</td>
          <td>{{CREATED}}</td>
          <td>{{LAST_SEEN}}</td>
        </tr>
        {{/SESSION}}
      </tbody>
    </table>
  </div>

  <form method="post" action="/min-profil/log-ud-andre" class="portal-section-form">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" class="button button-secondary">Log ud på alle andre enheder</button>
  </form>
</section>

<section aria-labelledby="password-heading" class="portal-section">
  <h2 id="password-heading">Adgangskode</h2>
  <p>Du logger ind med din e-mailadresse og en adgangskode, som kun du kender.</p>
  <p><a href="/min-profil/adgangskode" class="button button-secondary">Skift adgangskode</a></p>
</section>
