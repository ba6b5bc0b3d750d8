{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/beskeder" class="breadcrumbs__link">Beskeder</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">{{SUBJECT}}</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>{{SUBJECT}}</h1>
    <p class="portal-muted">{{CATEGORY}} · {{WHEN}}</p>
    <p class="portal-preserve-lines">{{BODY:pre_escape}}</p>
    {{#LINK}}<p><a href="{{LINK_HREF}}" class="button button-primary">Gå til siden</a></p>{{/LINK}}
    <p><a href="/beskeder">Tilbage til beskederne</a></p>
  </div>
</div>
