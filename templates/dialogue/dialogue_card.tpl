{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/dialog" class="breadcrumbs__link">Dialogværktøjer</a></li>
    <li class="breadcrumbs__list-item"><a href="{{TOPIC_HREF}}" class="breadcrumbs__link">{{CARD_TOPIC}}</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{CARD_TITLE}}</li>
  </ol>
</nav>

<h1>{{CARD_TITLE}}</h1>
<p class="portal-card-meta"><span class="badge">{{CARD_KIND}}</span> om <strong>{{CARD_TOPIC}}</strong>{{#CARD_ARCHIVED}} <span class="badge badge-warning">Arkiveret</span>{{/CARD_ARCHIVED}}</p>
{{#CARD_ARCHIVED}}
<div class="alert alert-warning" role="status">
  <svg class="icon-svg alert-icon" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg?v={{ASSET_VERSION}}#warning"></use></svg>
  <div class="alert-body"><p class="alert-text">Kortet er arkiveret og kan ikke vælges til nye dialogsessioner.</p></div>
</div>
{{/CARD_ARCHIVED}}

<div class="portal-dialogue-card portal-dialogue-card-large{{#CARD_IS_CASE}} portal-dialogue-case{{/CARD_IS_CASE}}">
  <div class="portal-markdown">{{CARD_BODY_HTML:none}}</div>
</div>

{{#CAN_EDIT}}
<div class="portal-section d-print-none portal-card-edit">
  <a href="{{CARD_HREF}}/rediger" class="button button-secondary">Rediger kortet</a>
  <form method="post" action="{{CARD_HREF}}/arkiv" class="portal-inline-form">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="revision" value="{{REVISION}}">
    <input type="hidden" name="archived" value="{{ARCHIVE_VALUE}}">
    <button type="submit" class="button button-tertiary">{{ARCHIVE_LABEL}}</button>
  </form>
</div>
{{/CAN_EDIT}}
