{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>Beskeder</h1>
    <p class="font-lead">Det, portalen har fortalt dig: frister, påmindelser og nyt fra dine enheder. Hvad du også får på mail, vælger du under <a href="/mine-notifikationer">Mine notifikationer</a>.</p>

    {{#EMPTY}}
    <p>Du har ingen beskeder endnu.</p>
    {{/EMPTY}}

    {{#MESSAGES}}
    <div class="portal-inbox-top">
      <p>{{SUMMARY}}{{#SHOWING}} {{SHOWING}}{{/SHOWING}}</p>
      {{#MARK_ALL}}
      <form method="post" action="/beskeder/laest" class="d-print-none">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-secondary">Marker alle som læst</button>
      </form>
      {{/MARK_ALL}}
    </div>
    <ul class="nobullet-list portal-inbox">
      {{#MESSAGE}}
      <li class="portal-inbox-item{{#UNREAD}} portal-inbox-item--unread{{/UNREAD}}">
        <p class="portal-inbox-meta">{{#UNREAD}}<strong class="portal-inbox-flag">Ulæst</strong> · {{/UNREAD}}{{CATEGORY}} · {{WHEN}}</p>
        <h2 class="h4 portal-inbox-subject"><a href="{{HREF}}">{{SUBJECT}}</a></h2>
        {{#HAS_BODY}}<p class="portal-inbox-body">{{BODY:pre_escape}}</p>{{/HAS_BODY}}
      </li>
      {{/MESSAGE}}
    </ul>
    {{>PAGER}}
    {{/MESSAGES}}
  </div>
</div>
