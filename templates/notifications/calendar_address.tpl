{{%AUTOESCAPE context="HTML"}}
<nav class="breadcrumbs" aria-label="Placering">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__list-item"><a href="/mine-notifikationer" class="breadcrumbs__link">Mine notifikationer</a></li>
    <li class="breadcrumbs__list-item" aria-current="page">Din kalenderadresse</li>
  </ol>
</nav>
<div class="row">
  <div class="col-12 col-lg-9">
    <h1>Din kalenderadresse</h1>
    <p class="font-lead">Kopiér adressen nu: den vises kun denne ene gang. En tidligere adresse virker ikke længere.</p>
    <div class="form-group">
      <label class="form-label" for="kalenderadresse">Kalenderadresse</label>
      <input class="form-input portal-textarea-wide" id="kalenderadresse" type="text" value="{{ADDRESS}}" readonly spellcheck="false">
    </div>
    <h2 class="h3">Sådan abonnerer du</h2>
    <ul>
      <li><strong>Outlook:</strong> Kalender → Tilføj kalender → Abonner fra internettet → indsæt adressen.</li>
      <li><strong>Google Kalender:</strong> Andre kalendere → + → Fra webadresse → indsæt adressen.</li>
    </ul>
    <p>Kalenderprogrammet henter ændringer selv, typisk et par gange i døgnet. Aflyste aktiviteter forsvinder fra kalenderen.</p>
    <p><a href="/mine-notifikationer#kalender">Tilbage til Mine notifikationer</a></p>
  </div>
</div>
