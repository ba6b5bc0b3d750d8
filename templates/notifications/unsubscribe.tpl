{{%AUTOESCAPE context="HTML"}}
<div class="row">
  <div class="col-12 col-md-10 col-lg-7">
    {{#ASK}}
    <h1>Afmeld mails</h1>
    <p class="font-lead">Vil du ikke længere have mails om „{{CATEGORY}}“ til {{ADDRESS}}?</p>
    <p>Beskederne står stadig under Beskeder i Ledelsesportalen, og du kan altid vælge mails igen under Mine notifikationer.</p>
    <form method="post" action="/afmeld/bekraeft">
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="adresse" value="{{ADDRESS}}">
      <input type="hidden" name="kategori" value="{{WHAT}}">
      <input type="hidden" name="t" value="{{TOKEN}}">
      <button type="submit" class="button button-primary">Afmeld mails om „{{CATEGORY}}“</button>
    </form>
    {{/ASK}}
    {{#DONE}}
    <h1>Du er afmeldt</h1>
    <p class="font-lead">Du får ikke længere mails om „{{CATEGORY}}“. Beskederne står stadig under Beskeder i portalen.</p>
    <p>Du kan vælge mails igen under <a href="/mine-notifikationer">Mine notifikationer</a>.</p>
    {{/DONE}}
  </div>
</div>
