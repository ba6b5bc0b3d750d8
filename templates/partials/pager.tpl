{{%AUTOESCAPE context="HTML"}}
<nav class="portal-pager d-print-none" aria-label="{{LABEL}}">
  <p>Side {{PAGE}} af {{PAGES}}.
    {{#PREVIOUS}}<a href="{{PREVIOUS_HREF}}" rel="prev">Forrige side</a>{{/PREVIOUS}}
    {{#NEXT}}<a href="{{NEXT_HREF}}" rel="next">Næste side</a>{{/NEXT}}
  </p>
</nav>
