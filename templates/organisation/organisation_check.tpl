{{%AUTOESCAPE context="HTML"}}
<h1>Datakontrol</h1>
<p class="font-lead">Mangler i organisationsdata fra HR-systemet, som bør rettes i HR-systemet og komme med i næste import.</p>
{{#REGION}}<p>Kontrollen omfatter hele regionen.</p>{{/REGION}}
{{#SCOPE}}
<p>Kontrollen omfatter de enheder, du er HR for:{{#SCOPE_EMPTY}} ingen enheder.{{/SCOPE_EMPTY}}</p>
<ul>
  {{#SCOPE_UNIT}}<li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_PARENT}} <span class="portal-muted">under {{PARENT_NAME}}</span>{{/UNIT_PARENT}} med underliggende enheder</li>{{/SCOPE_UNIT}}
</ul>
{{/SCOPE}}

<ul class="nobullet-list portal-check-summary">
  {{#UNITS_WITHOUT_LEADER}}<li><a href="#units-without-leader">Enheder uden leder: {{TOTAL}}</a></li>{{/UNITS_WITHOUT_LEADER}}
  {{#CHAIN_GAPS}}<li><a href="#chain-gaps">Huller i ledelseskæden: {{TOTAL}}</a></li>{{/CHAIN_GAPS}}
  {{#PEOPLE_WITHOUT_EMAIL}}<li><a href="#people-without-email">Medarbejdere uden e-mail: {{TOTAL}}</a></li>{{/PEOPLE_WITHOUT_EMAIL}}
  {{#INACTIVE_LEADERS}}<li><a href="#inactive-leaders">Fratrådte ledere, der stadig står som ledere: {{TOTAL}}</a></li>{{/INACTIVE_LEADERS}}
</ul>

{{#UNITS_WITHOUT_LEADER}}
<section aria-labelledby="units-without-leader" class="portal-section">
  <h2 id="units-without-leader">Enheder uden leder ({{TOTAL}})</h2>
  <p>Aktive enheder uden en aktiv leder. Medarbejderne hører under den nærmeste leder længere oppe.</p>
  {{#NONE}}<p>Ingen fundet.</p>{{/NONE}}
  {{#TRUNCATED}}<p id="{{ANCHOR}}">{{SHOWN}}.</p>{{/TRUNCATED}}
  <ul>
    {{#ROW}}<li><a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_PARENT}} <span class="portal-muted">under {{PARENT_NAME}}</span>{{/UNIT_PARENT}} <span class="portal-muted">{{UNIT_KIND}}</span></li>{{/ROW}}
  </ul>
  {{>PAGER}}
</section>
{{/UNITS_WITHOUT_LEADER}}

{{#CHAIN_GAPS}}
<section aria-labelledby="chain-gaps" class="portal-section">
  <h2 id="chain-gaps">Huller i ledelseskæden ({{TOTAL}})</h2>
  <p>Ledere, hvis overordnede enhed ikke har en leder, så kæden springer et led over.</p>
  {{#NONE}}<p>Ingen fundet.</p>{{/NONE}}
  {{#TRUNCATED}}<p id="{{ANCHOR}}">{{SHOWN}}.</p>{{/TRUNCATED}}
  <ul>
    {{#ROW}}<li>{{#ROW_PERSON}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{/ROW_PERSON}}, leder af <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_PARENT}} <span class="portal-muted">under {{PARENT_NAME}}</span>{{/UNIT_PARENT}}{{#ROW_RELATED}}, under <a href="{{RELATED_HREF}}">{{RELATED_NAME}}</a> uden leder{{/ROW_RELATED}}</li>{{/ROW}}
  </ul>
  {{>PAGER}}
</section>
{{/CHAIN_GAPS}}

{{#PEOPLE_WITHOUT_EMAIL}}
<section aria-labelledby="people-without-email" class="portal-section">
  <h2 id="people-without-email">Medarbejdere uden e-mail ({{TOTAL}})</h2>
  <p>Uden e-mail kan medarbejderen ikke logge ind eller få besked fra portalen.</p>
  {{#NONE}}<p>Ingen fundet.</p>{{/NONE}}
  {{#TRUNCATED}}<p id="{{ANCHOR}}">{{SHOWN}}.</p>{{/TRUNCATED}}
  <ul>
    {{#ROW}}<li>{{#ROW_PERSON}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{/ROW_PERSON}} i <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_PARENT}} <span class="portal-muted">under {{PARENT_NAME}}</span>{{/UNIT_PARENT}}</li>{{/ROW}}
  </ul>
  {{>PAGER}}
</section>
{{/PEOPLE_WITHOUT_EMAIL}}

{{#INACTIVE_LEADERS}}
<section aria-labelledby="inactive-leaders" class="portal-section">
  <h2 id="inactive-leaders">Fratrådte ledere, der stadig står som ledere ({{TOTAL}})</h2>
  <p>Lederskaber, hvor personen ikke længere er ansat. De tæller ikke med i ledelseskæden.</p>
  {{#NONE}}<p>Ingen fundet.</p>{{/NONE}}
  {{#TRUNCATED}}<p id="{{ANCHOR}}">{{SHOWN}}.</p>{{/TRUNCATED}}
  <ul>
    {{#ROW}}<li>{{#ROW_PERSON}}<a href="{{PERSON_HREF}}">{{PERSON_NAME}}</a>{{/ROW_PERSON}}, leder af <a href="{{UNIT_HREF}}">{{UNIT_NAME}}</a>{{#UNIT_PARENT}} <span class="portal-muted">under {{PARENT_NAME}}</span>{{/UNIT_PARENT}}</li>{{/ROW}}
  </ul>
  {{>PAGER}}
</section>
{{/INACTIVE_LEADERS}}
