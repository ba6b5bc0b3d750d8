{{%AUTOESCAPE context="HTML"}}
<div class="portal-slide">
  <header class="portal-slide-header">
    <p class="portal-slide-session">{{SESSION_TITLE}}</p>
    <button type="button" class="button button-secondary portal-slide-fullscreen" data-fullscreen hidden>Fuld skærm</button>
    <a href="{{SESSION_HREF}}" class="portal-slide-exit">Afslut visningen</a>
  </header>

  {{#SLIDE_CARD}}
  <article class="portal-slide-card{{#CARD_IS_CASE}} portal-dialogue-case{{/CARD_IS_CASE}}" aria-labelledby="slide-heading">
    <p class="portal-slide-meta">{{CARD_KIND}} om {{CARD_TOPIC}} · kort {{SLIDE_NUMBER}} af {{SLIDE_TOTAL}}</p>
    <h1 id="slide-heading">{{CARD_TITLE}}</h1>
    <div class="portal-markdown portal-slide-body">{{CARD_BODY_HTML:none}}</div>
  </article>
  {{/SLIDE_CARD}}

  {{#SLIDE_AGREEMENTS}}
  <article class="portal-slide-card" aria-labelledby="slide-heading">
    <p class="portal-slide-meta">Efter kortene</p>
    <h1 id="slide-heading">Hvad aftaler vi?</h1>
    {{#NO_AGREEMENTS}}<p>Der er ikke skrevet nogen aftaler endnu.</p>{{/NO_AGREEMENTS}}
    <ul class="portal-slide-agreements">
      {{#AGREEMENT}}<li class="portal-preserve-lines">{{AGREEMENT_TEXT:pre_escape}}</li>{{/AGREEMENT}}
    </ul>
    {{#CAN_EDIT}}
    <form method="post" action="{{AGREEMENT_ACTION}}" class="portal-slide-form" novalidate>
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="return" value="vis">
      <div class="form-group{{#AGREEMENT_ERROR}} form-error{{/AGREEMENT_ERROR}}">
      <label class="form-label" for="agreement">Ny aftale <span class="weight-normal">(højst {{MAX_AGREEMENT}} tegn)</span></label>
      {{#AGREEMENT_ERROR}}<span class="form-error-message" id="agreement-error" role="alert"><span class="sr-only">Fejl: </span>{{MESSAGE}}</span>{{/AGREEMENT_ERROR}}
      <textarea id="agreement" name="agreement" class="form-input" rows="2"{{#AGREEMENT_ERROR}} aria-describedby="agreement-error" aria-invalid="true"{{/AGREEMENT_ERROR}}>
{{AGREEMENT_TEXT:pre_escape}}</textarea>
      </div>
      <button type="submit" class="button button-primary">Gem aftalen</button>
    </form>
    {{/CAN_EDIT}}
  </article>
  {{/SLIDE_AGREEMENTS}}

  <nav class="portal-slide-nav" aria-label="Skift kort">
    {{#PREVIOUS}}<a href="{{PREVIOUS_HREF}}" class="button button-secondary" rel="prev" data-slide-key="ArrowLeft">Forrige</a>{{/PREVIOUS}}
    {{#NEXT}}<a href="{{NEXT_HREF}}" class="button button-primary" rel="next" data-slide-key="ArrowRight">Næste</a>{{/NEXT}}
  </nav>
</div>
