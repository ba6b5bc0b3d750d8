{{%AUTOESCAPE context="HTML"}}
<div class="portal-certificate">
  <p class="portal-muted">Region Midtjylland · Ledelsesportalen</p>
  <h1>Deltagerbevis</h1>
  <p class="font-lead"><strong>{{NAME}}</strong> har gennemført <strong>{{PROGRAMME}}</strong>.</p>
  <p>{{CRITERIA}}</p>
  <dl class="portal-facts">
    <dt>Udstedt</dt><dd>{{ISSUED}}</dd>
    <dt>Kontrolkode</dt><dd><strong>{{CODE}}</strong></dd>
  </dl>
  <p>Ægtheden kan tjekkes på Ledelsesportalens side <strong>/bevis</strong> med kontrolkoden.</p>
  <p class="d-print-none"><a href="{{BACK_HREF}}">Tilbage til forløbet</a></p>
</div>
