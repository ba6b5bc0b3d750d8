{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-9">
    {{>ERROR_SUMMARY}}
    <h1>Mine notifikationer</h1>
    <p class="font-lead">Alt, portalen fortæller dig, står under <a href="/beskeder">Beskeder</a>. Her vælger du for hver slags besked, om den også skal komme på mail med det samme, samlet i én mail om dagen eller om ugen, eller kun ses her.</p>
    <p>Beskeder om samtaler og evalueringer indeholder aldrig personlige oplysninger på mail: mailen siger kun, at der er noget at se i portalen.</p>

    <form method="post" action="/mine-notifikationer" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#CATEGORY}}
      <fieldset class="form-group{{#FIELD_ERROR}} form-error{{/FIELD_ERROR}}" id="{{FIELD}}" aria-describedby="{{FIELD}}-hint">
        <legend class="form-label">{{LABEL}}</legend>
        <span class="form-hint" id="{{FIELD}}-hint">{{DESCRIPTION}} Forvalgt: {{DEFAULT}}.</span>
        {{#FIELD_ERROR}}<span class="form-error-message" id="{{FIELD}}-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/FIELD_ERROR}}
        <ul class="nobullet-list">
          {{#OPTION}}
          <li class="form-group-radio">
            <input type="radio" id="{{OPTION_ID}}" name="{{FIELD}}" value="{{OPTION_VALUE}}" class="form-radio"{{#OPTION_SELECTED}} checked{{/OPTION_SELECTED}}>
            <label for="{{OPTION_ID}}">{{OPTION_LABEL}}</label>
          </li>
          {{/OPTION}}
        </ul>
      </fieldset>
      {{/CATEGORY}}
      <button type="submit" class="button button-primary">Gem mine valg</button>
    </form>
  </div>
</div>
