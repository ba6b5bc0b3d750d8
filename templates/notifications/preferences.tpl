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

    <section aria-labelledby="kalender" class="portal-section">
      <h2 id="kalender">Din kalender i Outlook eller Google</h2>
      <p>Med en kalenderadresse kan din kalender abonnere på frister og aktiviteter fra portalen: planfrister for dine enheder og de aktiviteter, du er ansvarlig for. Adressen er hemmelig og personlig; alle, der kender den, kan se din kalender fra portalen.</p>
      {{#CALENDAR_LIVE}}
      <p>Du har en kalenderadresse. Har du mistet den, eller har andre fået den, så lav en ny; den gamle holder så op med at virke.</p>
      <form method="post" action="/mine-notifikationer/kalender" class="portal-inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-secondary">Lav en ny adresse</button>
      </form>
      <form method="post" action="/mine-notifikationer/kalender/slet" class="portal-inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-secondary">Slet adressen</button>
      </form>
      {{/CALENDAR_LIVE}}
      {{#CALENDAR_NONE}}
      <form method="post" action="/mine-notifikationer/kalender">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button-secondary">Lav en kalenderadresse</button>
      </form>
      {{/CALENDAR_NONE}}
    </section>
  </div>
</div>
