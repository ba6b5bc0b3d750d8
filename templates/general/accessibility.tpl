{{%AUTOESCAPE context="HTML"}}
<h1>Tilgængelighedserklæring</h1>
<p class="font-lead">Region Midtjylland vil gerne have, at alle kan bruge Ledelsesportalen – også hvis du bruger skærmlæser, forstørrelse, kun tastatur eller andre hjælpemidler.</p>

<section aria-labelledby="a11y-commitment" class="portal-section">
  <h2 id="a11y-commitment">Vores forpligtelse</h2>
  <p>Region Midtjylland er forpligtet til at gøre sine websteder tilgængelige efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (lov nr. 692 af 8. juni 2018). Loven gælder også intranet og interne portaler som Ledelsesportalen.</p>
  <p>Erklæringen her gælder for Ledelsesportalen, Region Midtjyllands fælles portal for ledelse og den midtjyske ledelsesmodel. Den blev senest gennemgået og opdateret {{STATEMENT_DATE}}. Vi gennemgår den, når portalen ændres væsentligt, og mindst én gang om året.</p>
</section>

<section aria-labelledby="a11y-status" class="portal-section">
  <h2 id="a11y-status">Overholdelse af kravene</h2>
  <p>Ledelsesportalen er bygget til at overholde de internationale retningslinjer WCAG 2.1 på niveau A og AA, som den europæiske standard EN 301 549 bygger på. Portalen bruger Det Fælles Designsystem, der er udviklet til offentlige digitale løsninger med tilgængelighed for øje.</p>
  <p>Sådan har vi testet portalen:</p>
  <ul>
    <li>Hver side testes automatisk med værktøjet axe-core hver gang portalen ændres. Nye ændringer bliver ikke sat i drift, hvis testen finder fejl.</li>
    <li>Vi tester også manuelt: med tastatur alene, med skærmlæser, med 200 % forstørrelse, på smalle skærme som mobiltelefoner og uden JavaScript.</li>
  </ul>
</section>

<section aria-labelledby="a11y-known" class="portal-section">
  <h2 id="a11y-known">Indhold, der ikke er tilgængeligt</h2>
  <p>Vi kender i øjeblikket ikke til indhold på Ledelsesportalen, der ikke lever op til kravene. Finder du noget, vil vi meget gerne høre om det, så vi kan rette det.</p>
</section>

<section aria-labelledby="a11y-feedback" class="portal-section">
  <h2 id="a11y-feedback">Fortæl os om problemer</h2>
  <p>Oplever du noget på portalen, som du ikke kan bruge, eller mangler du indhold i en anden form, så skriv til os:</p>
  <ul>
    <li>E-mail: <a href="mailto:ledelsesportal@rm.dk">ledelsesportal@rm.dk</a></li>
    <li>Telefon: ring til Region Midtjyllands hovednummer og bed om at blive stillet videre til Koncern HR, Ledelsesportalen.</li>
  </ul>
  <p>Skriv gerne, hvilken side det drejer sig om, hvad der gik galt, og hvilket hjælpemiddel du bruger. Vi svarer så hurtigt som muligt.</p>
</section>

<section aria-labelledby="a11y-complaint" class="portal-section">
  <h2 id="a11y-complaint">Klagemulighed</h2>
  <p>Får du ikke svar fra os, eller er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen. Digitaliseringsstyrelsen fører tilsyn med, at offentlige myndigheder overholder loven om webtilgængelighed, og du klager via styrelsens klageformular på <a href="https://digst.dk/">digst.dk</a>.</p>
</section>
