{{%AUTOESCAPE context="HTML"}}
<h1>Dialogværktøjer</h1>
<p class="font-lead">Spørgsmålskort og cases, der hjælper jer med at tale om værdierne, de fire forventninger og ledelsesopgaven i hverdagen. Vælg nogle kort, hold en dialogsession i jeres enhed, og skriv ned, hvad I aftaler.</p>

<div class="portal-dialogue-actions d-print-none">
  {{#OWN_UNITS}}
  <section aria-labelledby="plan-heading" class="portal-section">
    <h2 id="plan-heading" class="h3">Hold en dialogsession</h2>
    <p>Du kan planlægge og holde dialogsessioner for:</p>
    <ul class="portal-own-units">
      {{#OWN_UNIT}}<li><a href="{{UNIT_SESSIONS_HREF}}">{{UNIT_NAME}}</a></li>{{/OWN_UNIT}}
    </ul>
  </section>
  {{/OWN_UNITS}}
  {{#CAN_EDIT}}
  <p><a href="/dialog/kort/ny" class="button button-secondary">Nyt kort eller ny case</a></p>
  {{/CAN_EDIT}}
</div>

<form method="get" action="/dialog" class="portal-filter d-print-none" aria-label="Filtrér kortene">
  <div class="form-group">
    <label class="form-label" for="emne">Vis kort om</label>
    <select class="form-select" id="emne" name="emne">
      <option value="">Alle emner</option>
      {{#TOPIC_OPTION}}<option value="{{OPTION_VALUE}}"{{#OPTION_SELECTED}} selected{{/OPTION_SELECTED}}>{{OPTION_LABEL}}</option>{{/TOPIC_OPTION}}
    </select>
  </div>
  <button type="submit" class="button button-secondary">Vis</button>
</form>

<p role="status">{{#FILTERED}}Kort om {{FILTER_LABEL}}: {{/FILTERED}}{{CARD_COUNT}} kort. {{#FILTERED}}<a href="/dialog">Vis alle emner</a>{{/FILTERED}}</p>
{{#NO_CARDS}}<p>Der er ingen kort om dette emne endnu.</p>{{/NO_CARDS}}

{{#TOPIC}}
<section aria-labelledby="topic-{{TOPIC_CODE}}" class="portal-section">
  <h2 id="topic-{{TOPIC_CODE}}"><span class="portal-muted portal-topic-group">{{TOPIC_GROUP}}:</span> {{TOPIC_LABEL}}</h2>
  <ul class="portal-dialogue-cards">
    {{#CARD}}
    <li class="portal-dialogue-card{{#CARD_IS_CASE}} portal-dialogue-case{{/CARD_IS_CASE}}">
      <h3 class="h4"><a href="{{CARD_HREF}}">{{CARD_TITLE}}</a></h3>
      <p class="portal-card-meta"><span class="badge">{{CARD_KIND}}</span>{{#CARD_ARCHIVED}} <span class="badge badge-warning">Arkiveret</span>{{/CARD_ARCHIVED}}</p>
      <div class="portal-markdown">{{CARD_BODY_HTML:none}}</div>
    </li>
    {{/CARD}}
  </ul>
</section>
{{/TOPIC}}
