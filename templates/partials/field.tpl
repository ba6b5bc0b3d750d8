{{%AUTOESCAPE context="HTML"}}
<div class="form-group{{#ERROR}} form-error{{/ERROR}}">
  <label class="form-label" for="{{ID}}">{{LABEL}}</label>
  {{#HINT}}<span class="form-hint" id="{{ID}}-hint">{{TEXT}}</span>{{/HINT}}
  {{#ERROR}}<span class="form-error-message" id="{{ID}}-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/ERROR}}
  {{#TEXT_INPUT}}<input type="text" id="{{ID}}" name="{{NAME}}" class="form-input{{CLASS}}" value="{{VALUE}}"{{#NO_SPELLCHECK}} spellcheck="false"{{/NO_SPELLCHECK}}{{#REQUIRED}} required{{/REQUIRED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/TEXT_INPUT}}
  {{#TEXT_AREA}}<textarea id="{{ID}}" name="{{NAME}}" class="form-input{{CLASS}}" rows="{{ROWS}}"{{#NO_SPELLCHECK}} spellcheck="false"{{/NO_SPELLCHECK}}{{#REQUIRED}} required{{/REQUIRED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
{{VALUE:pre_escape}}</textarea>{{/TEXT_AREA}}
  {{#PASSWORD_INPUT}}<input type="password" id="{{ID}}" name="{{NAME}}" class="form-input{{CLASS}}" autocomplete="{{AUTOCOMPLETE}}"{{#REQUIRED}} required{{/REQUIRED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/PASSWORD_INPUT}}
  {{#DATE_INPUT}}<input type="date" id="{{ID}}" name="{{NAME}}" class="form-input{{CLASS}}" value="{{VALUE}}"{{#MIN}} min="{{DATE}}"{{/MIN}}{{#MAX}} max="{{DATE}}"{{/MAX}}{{#REQUIRED}} required{{/REQUIRED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/DATE_INPUT}}
  {{#SELECT}}<select id="{{ID}}" name="{{NAME}}" class="form-select{{CLASS}}"{{#REQUIRED}} required{{/REQUIRED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
    {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
  </select>{{/SELECT}}
</div>
