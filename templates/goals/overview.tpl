{{%AUTOESCAPE context="HTML"}}
<h1>Målbilleder</h1>
<p class="font-lead">Regionens tre målbilleder med deres strategispor og indikatorer. For hver indikator ser du den seneste værdi, målet, status i ord og farve, udviklingen og forløbet over de seneste perioder.</p>
{{>GOALS_LEGEND}}
{{#CAN_IMPORT}}<p class="d-print-none"><a href="/maalbilleder/import">Indlæs målinger fra en fil</a></p>{{/CAN_IMPORT}}
{{#MY_UNIT}}<p class="d-print-none">Din enheds indikatorer: <a href="{{HREF}}">Målbilleder for {{NAME}}</a></p>{{/MY_UNIT}}
<p class="portal-print-only">Udskrevet {{PRINTED}}.</p>
{{#NO_PICTURES}}<p>Der er endnu ingen målbilleder.</p>{{/NO_PICTURES}}
{{#PICTURE}}
<section class="portal-section portal-goal-picture" aria-labelledby="maalbillede-{{SLUG}}">
  <h2 id="maalbillede-{{SLUG}}"><a href="{{HREF}}">{{TITLE}}</a></h2>
  <p class="portal-muted">{{COUNTS}}</p>
  {{>GOALS_TRACKS}}
</section>
{{/PICTURE}}
