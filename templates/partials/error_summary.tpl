{{%AUTOESCAPE context="HTML"}}
<div class="alert alert-error error-summary" role="alert" aria-atomic="true" aria-labelledby="error-summary-heading" data-module="error-summary" tabindex="-1">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#error"></use></svg>
  <div class="alert-body">
    <h2 class="alert-heading" id="error-summary-heading">{{HEADING}}</h2>
    {{#FORM_MESSAGE}}<p class="alert-text">{{MESSAGE}}</p>{{/FORM_MESSAGE}}
    {{#ITEMS}}
    <ul class="alert-text nobullet-list">
      {{#ERROR_ITEM}}
      <li><a class="function-link" href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
      {{/ERROR_ITEM}}
    </ul>
    {{/ITEMS}}
  </div>
</div>
