{{%AUTOESCAPE context="HTML"}}
<form method="get" action="{{ACTION}}" class="portal-filter portal-followup-filter d-print-none" aria-label="Filtrér tabellen">
  {{#KEEP}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/KEEP}}
  <div class="form-group">
    <label class="form-label" for="omraade">Område</label>
    <select class="form-select" id="omraade" name="omraade">
      <option value="">Alle områder</option>
      {{#AREA_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AREA_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="oversaettelse">Oversættelse</label>
    <select class="form-select" id="oversaettelse" name="oversaettelse">
      <option value="">Alle</option>
      {{#TRANSLATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TRANSLATION_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="plan">Plan</label>
    <select class="form-select" id="plan" name="plan">
      <option value="">Alle</option>
      {{#PLAN_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PLAN_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="sorter">Sortér efter</label>
    <select class="form-select" id="sorter" name="sorter">
      <option value="">Standard</option>
      {{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SORT_OPTION}}
    </select>
  </div>
  <div class="form-group">
    <label class="form-label" for="retning">Rækkefølge</label>
    <select class="form-select" id="retning" name="retning">
      <option value="stigende">Stigende (A–Å, 0–9)</option>
      <option value="faldende"{{#DESCENDING}} selected{{/DESCENDING}}>Faldende</option>
    </select>
  </div>
  <button type="submit" class="button button-secondary">Vis</button>
  {{#CLEAR}}<p><a href="{{CLEAR_HREF}}">Fjern filtrene</a></p>{{/CLEAR}}
</form>
