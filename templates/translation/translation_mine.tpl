{{%AUTOESCAPE context="HTML"}}
<h1>Vores oversættelse</h1>
<p class="font-lead">{{MESSAGE}}</p>
<p>Din enheds lokale oversættelse af ledelsesgrundlaget vises her, når dit login er knyttet til en medarbejder i organisationen. Dit login er {{USER_EMAIL}}. Kontakt HR, hvis det er forkert.</p>
<p>Du kan finde enhver enheds oversættelse via <a href="/organisation">organisationen</a>: åbn enheden, og vælg «Enhedens oversættelse».</p>
