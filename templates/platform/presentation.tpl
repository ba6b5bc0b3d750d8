{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>{{PAGE_TITLE}} – Ledelsesportalen</title>
  <link rel="icon" type="image/svg+xml" href="/static/favicon.svg?v={{ASSET_VERSION}}">
  <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css?v={{ASSET_VERSION}}">
  <link rel="stylesheet" href="/static/css/portal.css?v={{ASSET_VERSION}}">
  <script src="/static/js/portal.js?v={{ASSET_VERSION}}" defer></script>
</head>
<body class="portal-presentation">
  <a class="skipnav" href="#main-content">Gå til sideindhold</a>
  <main id="main-content" class="portal-presentation-main" tabindex="-1">
    {{>CONTENT}}
  </main>
</body>
</html>
