{{%AUTOESCAPE context="HTML"}}
<h1>Kapacitetsprognose</h1>
<p class="font-lead">Det næste halve år, {{FROM}}–{{UNTIL}}: de pladser, som de tilmeldte deltagere mangler, over for de ledige pladser på de planlagte sessioner.</p>
<details class="portal-section">
  <summary>Sådan regnes prognosen</summary>
  <ul>
    <li>Behovet tæller de deltagere, der hverken er gennemført, fritaget eller meldt ud. For hver deltager regnes det, der mangler, når det gennemførte, meritten og de pladser, deltageren allerede har, er trukket fra.</li>
    <li>Har deltageren frist inden for perioden (eller er fristen overskredet), skal det hele nås nu. Ellers regnes med et jævnt tempo frem mod fristen: så stor en del, som perioden udgør af tiden tilbage. Uden frist regnes med {{UNDATED_MONTHS}} måneder.</li>
    <li>Udbuddet er de ledige pladser på sessioner, der er planlagt til at begynde i perioden. Ventelisterne vises ved siden af, fordi de er et behov, der allerede har meldt sig.</li>
    <li>Rejsefæller og Globetrotter er ikke med: et Rejsefæller-hold holder sine egne møder, og på Globetrotter er holdets møder kursusdagene, og pladserne er holdets.</li>
  </ul>
</details>
{{#NOTHING}}<p>Der er ingen forløb med kursusdage, sparringer eller korte kurser at regne på.</p>{{/NOTHING}}
{{#PROGRAMME}}
<section aria-labelledby="forloeb-{{ID}}" class="portal-section">
  <h2 id="forloeb-{{ID}}"><a href="{{HREF}}">{{NAME}}</a></h2>
  {{#ADVICE}}<p class="alert alert-warning">{{TEXT}}</p>{{/ADVICE}}
  {{#ENOUGH}}<p>Der er pladser nok i perioden til det, deltagerne mangler.</p>{{/ENOUGH}}
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Behov og pladser i {{NAME}}">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Behov og ledige pladser i {{NAME}} fra {{FROM}} til {{UNTIL}}</caption>
      <thead><tr>
        <th scope="col">Element</th>
        <th scope="col" class="portal-number">Deltagere, der mangler</th>
        <th scope="col" class="portal-number">Mangler i alt</th>
        <th scope="col" class="portal-number">Frist i perioden</th>
        <th scope="col" class="portal-number">Behov i perioden</th>
        <th scope="col">Ledige pladser</th>
        <th scope="col">Balance</th>
      </tr></thead>
      <tbody>
        {{#LINE}}
        <tr>
          <th scope="row" data-label="Element">{{KIND}}</th>
          <td data-label="Deltagere, der mangler" class="portal-number">{{PARTICIPANTS}}</td>
          <td data-label="Mangler i alt" class="portal-number">{{REMAINING}}</td>
          <td data-label="Frist i perioden" class="portal-number">{{DUE}}</td>
          <td data-label="Behov i perioden" class="portal-number">{{DEMAND}}</td>
          <td data-label="Ledige pladser">{{#PLANNED}}{{FREE}} af {{SEATS}} på {{SESSIONS}}{{/PLANNED}}{{#NONE_PLANNED}}Ingen sessioner planlagt{{/NONE_PLANNED}}{{#WAITLIST}}<br>{{TEXT}}{{/WAITLIST}}</td>
          <td data-label="Balance"><span class="badge badge-small {{BALANCE_CLASS}}">{{BALANCE}}</span></td>
        </tr>
        {{/LINE}}
      </tbody>
    </table>
  </div>
  <h3>Måned for måned</h3>
  <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Sessioner i {{NAME}} pr. måned">
    <table class="table table--compact portal-stack">
      <caption class="sr-only">Planlagte sessioner i {{NAME}} pr. måned med ledige pladser</caption>
      <thead><tr><th scope="col">Måned</th>{{#KIND_HEADING}}<th scope="col">{{KIND}}</th>{{/KIND_HEADING}}</tr></thead>
      <tbody>
        {{#MONTH}}<tr><th scope="row" data-label="Måned">{{MONTH}}</th>{{#CELL}}<td data-label="{{KIND}}">{{TEXT}}</td>{{/CELL}}</tr>{{/MONTH}}
      </tbody>
    </table>
  </div>
</section>
{{/PROGRAMME}}
