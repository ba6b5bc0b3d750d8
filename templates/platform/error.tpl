{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-8">
    <p class="portal-error-status">Fejl {{STATUS}}</p>
    <h1>{{HEADING}}</h1>
    <p class="font-lead">{{MESSAGE}}</p>
    <ul class="nobullet-list portal-error-links">
      {{#HOME_LINK}}<li><a href="/">Gå til forsiden</a></li>{{/HOME_LINK}}
      {{#LOGIN_LINK}}<li><a href="/log-ind">Log ind</a></li>{{/LOGIN_LINK}}
    </ul>
    <p class="portal-request-id">Fejl-id: <span class="portal-request-id-value">{{REQUEST_ID}}</span>. Skriv det i din mail, hvis du kontakter <a href="mailto:ledelsesportal@rm.dk">ledelsesportal@rm.dk</a> om fejlen.</p>
  </div>
</div>
