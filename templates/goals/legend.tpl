{{%AUTOESCAPE context="HTML"}}
<details class="portal-goal-legend d-print-none">
  <summary>Sådan læser du status og udvikling</summary>
  <ul>
    <li><span class="portal-status portal-status-groen">Grøn: på målet</span> – værdien er på eller bedre end grænsen for grøn.</li>
    <li><span class="portal-status portal-status-gul">Gul: tæt på</span> – værdien ligger mellem grænserne.</li>
    <li><span class="portal-status portal-status-roed">Rød: langt fra målet</span> – værdien er på eller dårligere end grænsen for rød. En rød værdi skal have en kommentar med årsag og handling, før perioden er indberettet.</li>
    <li>Udviklingen sammenligner den seneste værdi med gennemsnittet af de tre før den: <em>Stigende – bedre</em> eller <em>Faldende – værre</em> siger både retningen og om det er godt.</li>
    <li>Står der fx <em>Rød i 4 måneder i træk</em>, har indikatoren været rød i hver af de seneste perioder.</li>
  </ul>
</details>
