namespace Assistant.Web.Staff;

/// <summary>
/// The markup of <c>/staff</c>. It is served by an endpoint rather than from wwwroot so that the page itself is access
/// checked; its texts are Dutch defaults that <c>wwwroot/staff/staff.js</c> replaces per language (nl, en, fr).
/// </summary>
internal static class StaffPageHtml
{
    public const string Page = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Telefoonlijn — Vacatures opzoeken</title>
          <link rel="stylesheet" href="/css/site.css">
          <link rel="stylesheet" href="/staff/staff.css">
        </head>
        <body class="staff">
          <a class="skip-link" href="#q" data-i18n="skip">Naar het zoekvak</a>
          <header class="site-header">
            <div class="site-header__inner staff__header">
              <p class="site-header__brand"><span class="site-header__logo" aria-hidden="true"></span><span data-i18n="brand">Telefoonlijn — Vacatures opzoeken</span></p>
              <nav class="language" aria-label="Taal / Language / Langue">
                <button type="button" class="language__option" data-lang="nl" lang="nl">NL</button>
                <button type="button" class="language__option" data-lang="en" lang="en">EN</button>
                <button type="button" class="language__option" data-lang="fr" lang="fr">FR</button>
              </nav>
            </div>
          </header>
          <main class="staff__main" id="main">
            <h1 class="visually-hidden" data-i18n="title">Vacatures opzoeken</h1>
            <div class="staff__search" role="search">
              <label class="staff__label" for="q" data-i18n="searchLabel">Zoek een vacature, een feit of stel een vraag</label>
              <input id="q" class="staff__input" type="text" autocomplete="off" spellcheck="false" autofocus
                role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="vacancies" aria-describedby="search-hint">
              <p class="staff__hint" id="search-hint" data-i18n="hint">↑ en ↓ kiezen een vacature, Enter toont ze, Esc wist het zoekvak.</p>
              <p class="staff__status" id="status" role="status" aria-live="polite"></p>
            </div>
            <div class="staff__grid">
              <section class="staff__list" aria-labelledby="vacancies-title">
                <h2 class="staff__heading" id="vacancies-title" data-i18n="vacancies">Vacatures</h2>
                <ul class="staff__options" id="vacancies" role="listbox" aria-labelledby="vacancies-title"></ul>
                <p class="staff__empty" id="vacancies-empty" data-i18n="typeToSearch">Typ een plaats, een functie of een vraag.</p>
              </section>
              <section class="staff__facts" id="facts" aria-labelledby="vacancy-title" hidden>
                <h2 class="staff__vacancy" id="vacancy-title"></h2>
                <article class="card card--contact" id="card-contact" aria-labelledby="card-contact-title"><h3 class="card__title" id="card-contact-title" data-i18n="contact">Contactpersoon</h3><div class="card__body"></div></article>
                <div class="staff__cards">
                  <article class="card" id="card-deadline" aria-labelledby="card-deadline-title"><h3 class="card__title" id="card-deadline-title" data-i18n="deadline">Uiterste inschrijvingsdatum</h3><div class="card__body"></div></article>
                  <article class="card" id="card-diploma" aria-labelledby="card-diploma-title"><h3 class="card__title" id="card-diploma-title" data-i18n="diploma">Diploma</h3><div class="card__body"></div></article>
                  <article class="card" id="card-salary" aria-labelledby="card-salary-title"><h3 class="card__title" id="card-salary-title" data-i18n="salary">Loon</h3><div class="card__body"></div></article>
                  <article class="card" id="card-nextTest" aria-labelledby="card-nextTest-title"><h3 class="card__title" id="card-nextTest-title" data-i18n="nextTest">Volgende testdatum</h3><div class="card__body"></div></article>
                  <article class="card card--wide" id="card-conditions" aria-labelledby="card-conditions-title"><h3 class="card__title" id="card-conditions-title" data-i18n="conditions">Algemene voorwaarden</h3><div class="card__body"></div></article>
                </div>
              </section>
              <aside class="staff__side" aria-label="Antwoord en passages" data-i18n-label="sideLabel">
                <section class="staff__answer" id="answer" aria-labelledby="answer-title" hidden>
                  <h2 class="staff__heading" id="answer-title" data-i18n="answer">Antwoord van de assistent</h2>
                  <div class="staff__answer-text" id="answer-text"></div>
                </section>
                <section aria-labelledby="passages-title">
                  <h2 class="staff__heading" id="passages-title" data-i18n="passages">Passages uit de vacature</h2>
                  <ol class="staff__passages" id="passages"></ol>
                </section>
              </aside>
            </div>
          </main>
          <script src="/staff/staff.js"></script>
        </body>
        </html>
        """;

    /// <summary>The 403 page: the key form when an access key is configured, else where to call from; in nl, en and fr.</summary>
    public static string Forbidden(bool keyConfigured, bool wrongKey)
    {
        var form = keyConfigured
            ? """
                <form class="staff__key" method="post" action="/staff">
                  <label for="key">Toegangssleutel · <span lang="en">Access key</span> · <span lang="fr">Clé d’accès</span></label>
                  <input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
                  <button type="submit" class="staff__button">Openen · <span lang="en">Open</span> · <span lang="fr">Ouvrir</span></button>
                </form>
              """
            : """
                <p>Open deze pagina op de server zelf. · <span lang="en">Open this page on the server itself.</span> · <span lang="fr">Ouvrez cette page sur le serveur même.</span></p>
              """;
        var error = wrongKey
            ? """<p class="staff__error" role="alert">Deze sleutel klopt niet. · <span lang="en">This key is not right.</span> · <span lang="fr">Cette clé n’est pas correcte.</span></p>"""
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Geen toegang · Access denied · Accès refusé</title>
              <link rel="stylesheet" href="/css/site.css">
              <link rel="stylesheet" href="/staff/staff.css">
            </head>
            <body class="staff">
              <header class="site-header"><div class="site-header__inner"><p class="site-header__brand"><span class="site-header__logo" aria-hidden="true"></span>Telefoonlijn · <span lang="en">Phone line</span> · <span lang="fr">Ligne téléphonique</span></p></div></header>
              <main class="page" id="main">
                <h1>Alleen voor medewerkers · <span lang="en">Staff only</span> · <span lang="fr">Réservé au personnel</span></h1>
                {error}
                {form}
              </main>
            </body>
            </html>
            """;
    }
}
