{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-md-10 col-lg-7">
    {{>ERROR_SUMMARY}}

    <h1>Log ind</h1>

    {{#LOGGED_OUT}}
    <div class="alert alert-info" role="status">
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
      <div class="alert-body">
        <p class="alert-text">Du er nu logget ud.</p>
      </div>
    </div>
    {{/LOGGED_OUT}}

    {{#SESSION_EXPIRED}}
    <div class="alert alert-info" role="status">
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#info"></use></svg>
      <div class="alert-body">
        <p class="alert-text">Din session er udløbet. Log ind igen.</p>
      </div>
    </div>
    {{/SESSION_EXPIRED}}

    {{#FORM_ERROR}}
    <div class="alert alert-error" role="alert" tabindex="-1" data-portal-focus>
      <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
      <div class="alert-body">
        <p class="alert-heading">Du blev ikke logget ind</p>
        <p class="alert-text">{{MESSAGE}}</p>
      </div>
    </div>
    {{/FORM_ERROR}}

    <p class="font-lead">Log ind med din arbejdsmail og din adgangskode til Ledelsesportalen.</p>

    <form method="post" action="/log-ind" class="login-form" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="next" value="{{NEXT}}">

      <div class="form-group{{#EMAIL_ERROR}} form-error{{/EMAIL_ERROR}}">
        <label class="form-label" for="email">E-mail</label>
        <span class="form-hint" id="email-hint">Fx fornavn.efternavn@rm.dk</span>
        {{#EMAIL_ERROR}}
        <span class="form-error-message" id="email-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>
        {{/EMAIL_ERROR}}
        <input type="email" id="email" name="email" class="form-input" value="{{EMAIL}}" autocomplete="username" spellcheck="false" required aria-describedby="email-hint{{#EMAIL_ERROR}} email-error{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
      </div>

      <div class="form-group{{#PASSWORD_ERROR}} form-error{{/PASSWORD_ERROR}}">
        <label class="form-label" for="password">Adgangskode</label>
        {{#PASSWORD_ERROR}}
        <span class="form-error-message" id="password-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>
        {{/PASSWORD_ERROR}}
        <input type="password" id="password" name="password" class="form-input" autocomplete="current-password" required{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_ERROR}}>
      </div>

      <button type="submit" class="button button-primary">Log ind</button>
    </form>

    <h2 class="h4">Problemer med at logge ind?</h2>
    <p>Skriv til <a href="mailto:ledelsesportal@rm.dk">ledelsesportal@rm.dk</a>, hvis du har glemt din adgangskode eller ikke har adgang. Skriv aldrig din adgangskode i en mail.</p>
  </div>
</div>
