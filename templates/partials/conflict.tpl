{{%AUTOESCAPE context="HTML"}}
<div class="alert alert-warning" role="alert" tabindex="-1" data-portal-focus>
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body">
    <p class="alert-heading">{{HEADING}}</p>
    <p class="alert-text">{{MESSAGE}}</p>
    <p class="alert-text"><a href="{{CURRENT_HREF}}">{{CURRENT_LABEL}}</a> (åbner i samme vindue; kopiér først din tekst, hvis du vil beholde den). Gemmer du formularen igen, erstatter dine ændringer den nuværende version.</p>
  </div>
</div>
