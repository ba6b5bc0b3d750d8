{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-lg-8">
    <h1>Tjek et deltagerbevis</h1>
    <p class="font-lead">Skriv kontrolkoden fra et deltagerbevis for at se, om det er udstedt af Ledelsesportalen.</p>
    {{#VALID}}
    <div class="alert alert-success" role="status">
      <div class="alert-body">
        <p class="alert-heading">Beviset er gyldigt</p>
        <p class="alert-text">{{NAME}} har gennemført {{PROGRAMME}} ({{CRITERIA}}). Beviset blev udstedt {{ISSUED}} med koden {{FORMATTED}}.</p>
      </div>
    </div>
    {{/VALID}}
    <form method="get" action="/bevis" novalidate>
      <div class="form-group{{#INVALID}} form-error{{/INVALID}}">
        <label class="form-label" for="kode">Kontrolkode</label>
        {{#INVALID}}<span class="form-error-message" id="kode-error"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/INVALID}}
        <input type="text" id="kode" name="kode" value="{{CODE}}" class="form-input input-width-m" spellcheck="false" autocomplete="off"{{#INVALID}} aria-describedby="kode-error" aria-invalid="true"{{/INVALID}}>
      </div>
      <button type="submit" class="button button-primary">Tjek koden</button>
    </form>
  </div>
</div>
