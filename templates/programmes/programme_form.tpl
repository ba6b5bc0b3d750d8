{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-10">
    {{>ERROR_SUMMARY}}
    {{>CONFLICT}}

    <nav class="breadcrumbs" aria-label="Placering">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item"><a href="/udvikling" class="breadcrumbs__link">Udviklingsforløb</a></li>
        <li class="breadcrumbs__list-item" aria-current="page">{{FORM_HEADING}}</li>
      </ol>
    </nav>
    <h1>{{FORM_HEADING}}</h1>

    <form method="post" action="{{FORM_ACTION}}" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      {{#EXISTING}}<input type="hidden" name="revision" value="{{REVISION}}">{{/EXISTING}}

      {{>KIND_FIELD}}
      {{>NAME_FIELD}}
      {{>SUMMARY_FIELD}}
      {{>TARGET_FIELD}}
      {{>PURPOSE_FIELD}}
      {{>CONTENT_FIELD}}
      {{>DURATION_FIELD}}
      {{>PRICE_FIELD}}
      {{>CONTACT_FIELD}}

      <fieldset class="form-group">
        <legend class="form-label">Tilmelding</legend>
        <ul class="nobullet-list">
          <li class="form-group-checkbox">
            <input type="checkbox" id="open" name="open" value="1" class="form-checkbox"{{#OPEN_CHECKED}} checked{{/OPEN_CHECKED}}>
            <label for="open">Åben for tilmelding og ansøgninger</label>
          </li>
          <li class="form-group-checkbox">
            <input type="checkbox" id="mandatory" name="mandatory" value="1" class="form-checkbox"{{#MANDATORY_CHECKED}} checked{{/MANDATORY_CHECKED}}>
            <label for="mandatory">Obligatorisk for målgruppen</label>
          </li>
        </ul>
      </fieldset>

      <fieldset class="form-group">
        <legend class="form-label">Krav for at gennemføre</legend>
        <span class="form-hint" id="krav-hint">Antal af hver slags for alle deltagere. Skriv antallet for alle deltagere i første kolonne (tom eller 0: ingen krav af den slags). Har en ledertype et andet antal, skrives det i dens kolonne; tom eller 0 betyder som for alle.</span>
        <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Krav for at gennemføre">
          <table class="table table--compact">
            <caption class="sr-only">Krav pr. slags element, for alle og pr. ledertype</caption>
            <thead><tr><th scope="col">Element</th><th scope="col">Alle</th>{{#VARIANT_HEADING}}<th scope="col">{{LEADERS}}</th>{{/VARIANT_HEADING}}</tr></thead>
            <tbody>
              {{#REQUIREMENT_ROW}}
              <tr>
                <th scope="row">{{ELEMENT}}</th>
                {{#COMMON_CELL}}<td class="{{#CELL_ERROR}}form-error{{/CELL_ERROR}}">{{#CELL_ERROR}}<span class="form-error-message" id="{{FIELD}}-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/CELL_ERROR}}<input type="text" inputmode="numeric" id="{{FIELD}}" name="{{FIELD}}" value="{{VALUE}}" class="form-input input-width-xs" aria-label="{{LABEL}}" aria-describedby="krav-hint{{#CELL_ERROR}} {{FIELD}}-error{{/CELL_ERROR}}"{{#CELL_ERROR}} aria-invalid="true"{{/CELL_ERROR}}></td>{{/COMMON_CELL}}
                {{#VARIANT_CELL}}<td class="{{#CELL_ERROR}}form-error{{/CELL_ERROR}}">{{#CELL_ERROR}}<span class="form-error-message" id="{{FIELD}}-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/CELL_ERROR}}<input type="text" inputmode="numeric" id="{{FIELD}}" name="{{FIELD}}" value="{{VALUE}}" class="form-input input-width-xs" aria-label="{{LABEL}}" aria-describedby="krav-hint{{#CELL_ERROR}} {{FIELD}}-error{{/CELL_ERROR}}"{{#CELL_ERROR}} aria-invalid="true"{{/CELL_ERROR}}></td>{{/VARIANT_CELL}}
              </tr>
              {{/REQUIREMENT_ROW}}
            </tbody>
          </table>
        </div>
      </fieldset>

      <button type="submit" class="button button-primary">Gem forløbet</button>
      <a href="{{CANCEL_HREF}}" class="button button-tertiary">Annuller</a>
    </form>
  </div>
</div>
