// The phone line's lookup (/staff): one search box over vacancies, facts and passages. Results while typing (150 ms
// debounce, stale requests aborted), ↑/↓ move through the vacancies (the facts follow), Enter shows the active one,
// Esc clears. Texts in nl/en/fr; source quotes stay Dutch. Access: the page and /api/staff/search share the staff rule.
(function () {
  'use strict';

  var LOCALES = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };
  var TEXT = {
    nl: {
      docTitle: 'Telefoonlijn — Vacatures opzoeken', brand: 'Telefoonlijn — Vacatures opzoeken', title: 'Vacatures opzoeken', skip: 'Naar het zoekvak',
      searchLabel: 'Zoek een vacature, een feit of stel een vraag', hint: '↑ en ↓ kiezen een vacature, Enter toont ze, Esc wist het zoekvak.',
      vacancies: 'Vacatures', typeToSearch: 'Typ een plaats, een functie of een vraag.', noMatch: 'Geen vacature gevonden.', sideLabel: 'Antwoord en passages',
      conditions: 'Algemene voorwaarden', 'cond.nationality': 'Nationaliteit: {value}', 'cond.licence': 'Rijbewijs {value}', 'cond.conduct': 'Uittreksel uit het strafregister', 'cond.conduct.article': 'Uittreksel uit het strafregister (model {value})', 'cond.civil-rights': 'Burgerlijke en politieke rechten', 'cond.medical': 'Medisch geschikt', 'cond.language': 'Taalkennis', 'cond.language.level': 'Taalkennis (niveau {value})', 'cond.students': 'Laatstejaarsstudenten toegelaten', 'cond.unparsed': 'Zelf nalezen', 'nat.BE': 'Belg', 'nat.EU': 'EU-burger', 'nat.EEA': 'EER-burger', 'nat.EEA+CH': 'EER-burger of Zwitser', 'nat.none': 'geen voorwaarde',
      deadline: 'Uiterste inschrijvingsdatum', diploma: 'Diploma', salary: 'Loon', nextTest: 'Volgende testdatum', contact: 'Contactpersoon',
      answer: 'Antwoord van de assistent', passages: 'Passages uit de vacature', noPassages: 'Geen passages gevonden.',
      notStated: 'Niet vermeld in de vacature', open: 'open', closed: 'afgesloten', 'not-stated': 'geen datum',
      at: 'om {time}', closesToday: 'Sluit vandaag', daysLeft: 'Nog {days} dagen', dayLeft: 'Nog 1 dag', closedSince: 'Afgesloten — je kan niet meer solliciteren',
      before: 'Staat als „vóór {date}”: de laatste dag is de dag ervoor.', yearInferred: 'Jaar afgeleid (niet vermeld).', until: 'tot {date}',
      'level.none': 'Geen diploma', 'level.secondary': 'Diploma secundair onderwijs', 'level.graduate': 'Graduaatsdiploma', 'level.bachelor': 'Bachelordiploma', 'level.master': 'Masterdiploma',
      inField: 'in {field}', orEquivalent: 'of gelijkwaardig', experience: 'minstens {years} jaar ervaring', internal: 'Interne kandidaten', withoutDiploma: 'Zonder dat diploma',
      perMonth: 'bruto per maand', perYear: 'bruto per jaar', scale: 'Weddeschaal {scale}', start: 'start {amount}', atYears: '{amount} na {years} jaar',
      weekOf: 'week van {date}', inDays: 'over {days} dagen', today: 'vandaag', tomorrow: 'morgen', thisWeek: 'deze week',
      onlyFor: 'Alleen: {who}', onlySome: 'Niet voor iedereen', noUpcoming: 'Geen test meer gepland', lastWas: 'Laatste datum: {step}, {date}',
      'role.sent': 'verstuurd', 'role.return-deadline': 'terug te bezorgen', 'q.morning': 'voormiddag', 'q.afternoon': 'namiddag', 'q.tentative': 'onder voorbehoud', 'q.by-appointment': 'na afspraak', 'q.alternative': 'een van deze data',
      then: 'Daarna', noContact: 'Geen contactpersoon vermeld', phone: 'Tel.', email: 'E-mail', source: 'Bron: {document} · {section}',
      found: '{count} vacatures gevonden.', foundOne: '1 vacature gevonden.', showing: 'Getoond: {title}.', searching: 'Zoeken…',
      forbidden: 'Geen toegang meer: laad de pagina opnieuw en geef de toegangssleutel.', tooMany: 'Te veel zoekopdrachten; wacht even.', failed: 'Zoeken lukt nu niet. Probeer opnieuw.'
    },
    en: {
      docTitle: 'Phone line — Vacancy lookup', brand: 'Phone line — Vacancy lookup', title: 'Vacancy lookup', skip: 'Skip to the search box',
      searchLabel: 'Search a vacancy, a fact or ask a question', hint: '↑ and ↓ pick a vacancy, Enter shows it, Esc clears the box.',
      vacancies: 'Vacancies', typeToSearch: 'Type a place, a job title or a question.', noMatch: 'No vacancy found.', sideLabel: 'Answer and passages',
      conditions: 'General conditions', 'cond.nationality': 'Nationality: {value}', 'cond.licence': 'Driving licence {value}', 'cond.conduct': 'Criminal record extract', 'cond.conduct.article': 'Criminal record extract (model {value})', 'cond.civil-rights': 'Civil and political rights', 'cond.medical': 'Medically fit', 'cond.language': 'Language skills', 'cond.language.level': 'Language skills (level {value})', 'cond.students': 'Final-year students admitted', 'cond.unparsed': 'Read it yourself', 'nat.BE': 'Belgian', 'nat.EU': 'EU citizen', 'nat.EEA': 'EEA citizen', 'nat.EEA+CH': 'EEA or Swiss citizen', 'nat.none': 'no condition',
      deadline: 'Application deadline', diploma: 'Diploma', salary: 'Salary', nextTest: 'Next test date', contact: 'Contact person',
      answer: 'The assistant’s answer', passages: 'Passages from the vacancy', noPassages: 'No passages found.',
      notStated: 'Not stated in the vacancy', open: 'open', closed: 'closed', 'not-stated': 'no date',
      at: 'at {time}', closesToday: 'Closes today', daysLeft: '{days} days left', dayLeft: '1 day left', closedSince: 'Closed — applications are no longer possible',
      before: 'Written as “before {date}”: the last day is the day before.', yearInferred: 'Year inferred (not written).', until: 'until {date}',
      'level.none': 'No diploma', 'level.secondary': 'Secondary school diploma', 'level.graduate': 'Graduate diploma', 'level.bachelor': 'Bachelor’s degree', 'level.master': 'Master’s degree',
      inField: 'in {field}', orEquivalent: 'or equivalent', experience: 'at least {years} years of experience', internal: 'Internal candidates', withoutDiploma: 'Without that diploma',
      perMonth: 'gross per month', perYear: 'gross per year', scale: 'Pay scale {scale}', start: 'start {amount}', atYears: '{amount} after {years} years',
      weekOf: 'week of {date}', inDays: 'in {days} days', today: 'today', tomorrow: 'tomorrow', thisWeek: 'this week',
      onlyFor: 'Only: {who}', onlySome: 'Not for everyone', noUpcoming: 'No test scheduled any more', lastWas: 'Last date: {step}, {date}',
      'role.sent': 'sent', 'role.return-deadline': 'to be returned', 'q.morning': 'morning', 'q.afternoon': 'afternoon', 'q.tentative': 'provisional', 'q.by-appointment': 'by appointment', 'q.alternative': 'one of these dates',
      then: 'Then', noContact: 'No contact person stated', phone: 'Phone', email: 'Email', source: 'Source: {document} · {section}',
      found: '{count} vacancies found.', foundOne: '1 vacancy found.', showing: 'Showing: {title}.', searching: 'Searching…',
      forbidden: 'No access any more: reload the page and enter the access key.', tooMany: 'Too many searches; please wait a moment.', failed: 'Search is not available right now. Please try again.'
    },
    fr: {
      docTitle: 'Ligne téléphonique — Recherche d’offres', brand: 'Ligne téléphonique — Recherche d’offres', title: 'Recherche d’offres d’emploi', skip: 'Aller au champ de recherche',
      searchLabel: 'Cherchez une offre, une information ou posez une question', hint: '↑ et ↓ choisissent une offre, Entrée l’affiche, Échap vide le champ.',
      vacancies: 'Offres d’emploi', typeToSearch: 'Tapez un lieu, une fonction ou une question.', noMatch: 'Aucune offre trouvée.', sideLabel: 'Réponse et passages',
      conditions: 'Conditions générales', 'cond.nationality': 'Nationalité : {value}', 'cond.licence': 'Permis de conduire {value}', 'cond.conduct': 'Extrait de casier judiciaire', 'cond.conduct.article': 'Extrait de casier judiciaire (modèle {value})', 'cond.civil-rights': 'Droits civils et politiques', 'cond.medical': 'Aptitude médicale', 'cond.language': 'Connaissances linguistiques', 'cond.language.level': 'Connaissances linguistiques (niveau {value})', 'cond.students': 'Étudiants de dernière année admis', 'cond.unparsed': 'À lire vous-même', 'nat.BE': 'Belge', 'nat.EU': 'citoyen de l’UE', 'nat.EEA': 'citoyen de l’EEE', 'nat.EEA+CH': 'citoyen de l’EEE ou Suisse', 'nat.none': 'aucune condition',
      deadline: 'Date limite de candidature', diploma: 'Diplôme', salary: 'Salaire', nextTest: 'Prochaine épreuve', contact: 'Personne de contact',
      answer: 'Réponse de l’assistant', passages: 'Passages de l’offre', noPassages: 'Aucun passage trouvé.',
      notStated: 'Non mentionné dans l’offre', open: 'ouverte', closed: 'clôturée', 'not-stated': 'pas de date',
      at: 'à {time}', closesToday: 'Clôture aujourd’hui', daysLeft: 'Encore {days} jours', dayLeft: 'Encore 1 jour', closedSince: 'Clôturée — il n’est plus possible de postuler',
      before: 'Écrit « avant le {date} » : le dernier jour est la veille.', yearInferred: 'Année déduite (non écrite).', until: 'jusqu’au {date}',
      'level.none': 'Aucun diplôme', 'level.secondary': 'Diplôme de l’enseignement secondaire', 'level.graduate': 'Diplôme de graduat', 'level.bachelor': 'Diplôme de bachelier', 'level.master': 'Diplôme de master',
      inField: 'en {field}', orEquivalent: 'ou équivalent', experience: 'au moins {years} ans d’expérience', internal: 'Candidats internes', withoutDiploma: 'Sans ce diplôme',
      perMonth: 'brut par mois', perYear: 'brut par an', scale: 'Échelle {scale}', start: 'début {amount}', atYears: '{amount} après {years} ans',
      weekOf: 'semaine du {date}', inDays: 'dans {days} jours', today: 'aujourd’hui', tomorrow: 'demain', thisWeek: 'cette semaine',
      onlyFor: 'Uniquement : {who}', onlySome: 'Pas pour tout le monde', noUpcoming: 'Plus aucune épreuve prévue', lastWas: 'Dernière date : {step}, {date}',
      'role.sent': 'envoyée', 'role.return-deadline': 'à renvoyer', 'q.morning': 'matin', 'q.afternoon': 'après-midi', 'q.tentative': 'sous réserve', 'q.by-appointment': 'sur rendez-vous', 'q.alternative': 'une de ces dates',
      then: 'Ensuite', noContact: 'Aucune personne de contact mentionnée', phone: 'Tél.', email: 'E-mail', source: 'Source : {document} · {section}',
      found: '{count} offres trouvées.', foundOne: '1 offre trouvée.', showing: 'Affichée : {title}.', searching: 'Recherche…',
      forbidden: 'Accès expiré : rechargez la page et saisissez la clé d’accès.', tooMany: 'Trop de recherches ; patientez un instant.', failed: 'La recherche est indisponible. Réessayez.'
    }
  };

  var params = new URLSearchParams(location.search);
  var stored = null;
  try { stored = sessionStorage.getItem('staff-lang'); } catch (e) { stored = null; }
  var lang = TEXT[params.get('lang')] ? params.get('lang') : TEXT[stored] ? stored : 'nl';
  var input = document.getElementById('q');
  var list = document.getElementById('vacancies');
  var statusLine = document.getElementById('status');
  var state = { result: null, active: -1, shown: null, controller: null, seq: 0, timer: 0 };

  function t(key, vars) {
    var text = TEXT[lang][key];
    if (text === undefined) { text = TEXT.nl[key] || key; }
    return text.replace(/\{(\w+)\}/g, function (_, name) { return vars && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : ''; });
  }

  function el(tag, className, text, attrs) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    return node;
  }

  function date(iso, weekday) {
    var parts = iso.split('-').map(Number);
    var options = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
    if (weekday) { options.weekday = 'long'; }
    return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function money(amount) {
    return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(amount);
  }

  function number(value) { return new Intl.NumberFormat(LOCALES[lang]).format(value); }

  function quote(citation, body) {
    if (!citation) { return; }
    body.appendChild(el('blockquote', 'card__quote', citation.quote, { lang: 'nl', title: citation.quote }));
    body.appendChild(el('p', 'card__source', t('source', { document: citation.document, section: citation.section || '—' })));
  }

  function card(id, fill) {
    var body = document.querySelector('#card-' + id + ' .card__body');
    body.replaceChildren();
    fill(body);
  }

  function missing(body) { body.appendChild(el('p', 'card__missing', t('notStated'))); }

  function fillDeadline(d, body) {
    if (d.status === 'not-stated') { missing(body); return; }
    body.appendChild(el('p', 'card__value', date(d.lastDay, true) + (d.time ? ' ' + t('at', { time: d.time }) : '')));
    var detail = d.status === 'closed' ? t('closedSince')
      : d.closesToday || d.daysLeft === 0 ? t('closesToday')
      : d.daysLeft === 1 ? t('dayLeft') : t('daysLeft', { days: d.daysLeft });
    body.appendChild(el('p', 'card__detail', detail + (d.inclusive ? '' : ' ' + t('before', { date: date(d.date) })) + (d.yearInferred ? ' ' + t('yearInferred') : '')));
    quote(d.citation, body);
  }

  function routeText(r) {
    var text = t('level.' + r.diploma);
    if (r.field) { text += ' ' + t('inField', { field: r.field }); }
    if (r.equivalentAccepted) { text += ' ' + t('orEquivalent'); }
    if (r.minExperienceYears) { text += ', ' + t('experience', { years: number(r.minExperienceYears) }); }
    return text;
  }

  function fillDiploma(d, body) {
    if (!d || d.routes.length === 0) { missing(body); return; }
    var first = d.routes[0];
    body.appendChild(el('p', 'card__value', routeText(first)));
    var others = d.routes.slice(1, 3).map(function (r) {
      var prefix = r.audience === 'internal' ? t('internal') : r.diploma === 'none' ? t('withoutDiploma') : null;
      var text = r.diploma === 'none' && r.alternatives.length > 0 ? r.alternatives.join(', ') : routeText(r);
      return prefix ? prefix + ': ' + text : text;
    });
    if (others.length > 0) { body.appendChild(el('p', 'card__detail', others.join(' · '))); }
    quote(first.citation, body);
  }

  function conditionText(c) {
    if (c.kind === 'nationality') { return t('cond.nationality', { value: t('nat.' + c.value) }); }
    if (c.kind === 'licence') { return t('cond.licence', { value: c.value || 'B' }); }
    if (c.kind === 'conduct' && c.value && /^59/.test(c.value)) { return t('cond.conduct.article', { value: c.value }); }
    if (c.kind === 'language' && c.value) { return t('cond.language.level', { value: c.value }); }
    return t('cond.' + c.kind);
  }

  function fillConditions(c, body) {
    if (!c || c.items.length === 0) { missing(body); return; }
    var list = el('ul', 'card__conditions');
    c.items.forEach(function (item) {
      list.appendChild(el('li', null, item.kind === 'unparsed' ? t('cond.unparsed') + ': ' + item.citation.quote : conditionText(item)));
    });
    body.appendChild(list);
    quote(c.items[0].citation, body);
  }

  function fillSalary(s, body) {
    if (!s) { missing(body); return; }
    var value = s.min !== null && s.max !== null && s.min !== s.max ? money(s.min) + ' – ' + money(s.max)
      : s.min !== null ? money(s.min) : s.points.length > 0 ? money(s.points[0].amount) : t('notStated');
    body.appendChild(el('p', 'card__value', value));
    var details = [s.period === 'year' ? t('perYear') : t('perMonth')];
    if (s.scale) { details.push(t('scale', { scale: s.scale })); }
    s.points.slice(0, 2).forEach(function (p) {
      details.push(p.seniorityYears === 0 ? t('start', { amount: money(p.amount) }) : p.seniorityYears ? t('atYears', { amount: money(p.amount), years: p.seniorityYears }) : p.label + ': ' + money(p.amount));
    });
    body.appendChild(el('p', 'card__detail', details.join(' · ')));
    quote(s.citation, body);
  }

  function when(d) {
    var text = d.qualifiers.indexOf('week-of') >= 0 ? t('weekOf', { date: date(d.date) }) : date(d.date, true);
    if (d.time) { text += ' ' + t('at', { time: d.time }); }
    return text;
  }

  function fillNextTest(n, body) {
    if (!n) { missing(body); return; }
    var d = n.next;
    if (!n.upcoming) {
      body.appendChild(el('p', 'card__value', t('noUpcoming')));
      body.appendChild(el('p', 'card__detail', t('lastWas', { step: d.step, date: when(d) })));
      quote(n.citation, body);
      return;
    }
    body.appendChild(el('p', 'card__value', when(d)));
    var details = [d.step];
    if (d.role) { details.push(t('role.' + d.role)); }
    d.qualifiers.filter(function (q) { return q !== 'week-of'; }).forEach(function (q) { details.push(t('q.' + q)); });
    details.push(d.daysUntil === 0 ? (d.qualifiers.indexOf('week-of') >= 0 ? t('thisWeek') : t('today')) : d.daysUntil === 1 ? t('tomorrow') : t('inDays', { days: d.daysUntil }));
    if (d.conditional) { details.push(d.appliesTo ? t('onlyFor', { who: d.appliesTo }) : t('onlySome')); }
    var detail = details.join(' · ');
    body.appendChild(el('p', 'card__detail', detail, { title: detail }));
    quote(n.citation, body);
    if (n.later.length > 0) {
      var then = t('then') + ': ' + n.later.map(function (l) { return l.step + ' — ' + when(l); }).join('; ');
      var later = el('p', 'card__then', then, { title: then });
      body.appendChild(later);
    }
  }

  function fillContact(c, body) {
    if (!c) { body.appendChild(el('p', 'card__missing', t('noContact'))); return; }
    var value = el('p', 'card__value');
    var parts = [];
    if (c.name) { parts.push(document.createTextNode(c.name + (c.role ? ' (' + c.role + ')' : ''))); }
    if (c.phone) { parts.push(el('a', null, c.phone, { href: 'tel:' + c.phone.replace(/[^\d+]/g, ''), 'aria-label': t('phone') + ' ' + c.phone })); }
    if (c.email) { parts.push(el('a', null, c.email, { href: 'mailto:' + c.email, 'aria-label': t('email') + ' ' + c.email })); }
    parts.forEach(function (part, i) { if (i > 0) { value.appendChild(document.createTextNode(' · ')); } value.appendChild(part); });
    body.appendChild(value);
    quote(c.citation, body);
  }

  function renderList(result) {
    list.replaceChildren();
    result.vacancies.forEach(function (v, i) {
      var option = el('li', 'staff__option', null, { id: 'vacancy-' + i, role: 'option', 'aria-selected': i === state.active ? 'true' : 'false', 'data-id': v.id });
      if (i === state.active) { option.classList.add('staff__option--active'); }
      if (v.id === result.selectedVacancyId) { option.classList.add('staff__option--shown'); }
      option.appendChild(el('span', 'staff__option-title', v.title || v.id));
      var meta = el('span', 'staff__option-meta');
      meta.appendChild(el('span', 'staff__badge staff__badge--' + v.status, t(v.status)));
      meta.appendChild(document.createTextNode((v.employer || '') + (v.lastDay ? ' · ' + t('until', { date: date(v.lastDay) }) : '')));
      option.appendChild(meta);
      option.addEventListener('mousedown', function (e) { e.preventDefault(); });
      option.addEventListener('click', function () { state.active = i; show(v.id, true); });
      list.appendChild(option);
    });
    document.getElementById('vacancies-empty').textContent = result.vacancies.length === 0 ? t('noMatch') : '';
    document.getElementById('vacancies-empty').hidden = result.vacancies.length > 0;
    input.setAttribute('aria-expanded', result.vacancies.length > 0 ? 'true' : 'false');
    if (state.active >= 0 && state.active < result.vacancies.length) { input.setAttribute('aria-activedescendant', 'vacancy-' + state.active); } else { input.removeAttribute('aria-activedescendant'); }
  }

  function render(result) {
    state.result = result;
    if (state.active < 0 || state.active >= result.vacancies.length) {
      state.active = result.vacancies.findIndex(function (v) { return v.id === result.selectedVacancyId; });
    }
    renderList(result);
    var facts = result.facts;
    document.getElementById('facts').hidden = !facts;
    if (facts) {
      var heading = document.getElementById('vacancy-title');
      heading.replaceChildren(document.createTextNode(facts.title || facts.vacancyId));
      if (facts.employer) { heading.appendChild(el('span', 'staff__vacancy-employer', ' — ' + facts.employer)); }
      card('deadline', function (b) { fillDeadline(facts.deadline, b); });
      card('diploma', function (b) { fillDiploma(facts.diploma, b); });
      card('salary', function (b) { fillSalary(facts.salary, b); });
      card('nextTest', function (b) { fillNextTest(facts.nextTest, b); });
      card('contact', function (b) { fillContact(facts.contact, b); });
      card('conditions', function (b) { fillConditions(facts.conditions, b); });
      document.querySelectorAll('#facts .card').forEach(function (c) {
        c.classList.toggle('card--focus', c.id === 'card-' + result.focus);
      });
    }
    var answer = document.getElementById('answer');
    answer.hidden = !result.answer;
    document.getElementById('answer-text').textContent = result.answer ? result.answer.text : '';
    var passages = document.getElementById('passages');
    passages.replaceChildren();
    result.passages.forEach(function (p) {
      var item = el('li');
      item.appendChild(el('span', 'staff__passage-section', p.section || p.document));
      item.appendChild(el('span', null, p.snippet, { lang: 'nl' }));
      passages.appendChild(item);
    });
    if (result.passages.length === 0) { passages.appendChild(el('li', 'staff__empty', t('noPassages'))); }
    var count = result.vacancies.length;
    statusLine.textContent = (count === 1 ? t('foundOne') : t('found', { count: count })) + (facts ? ' ' + t('showing', { title: facts.title || facts.vacancyId }) : '');
  }

  function clear() {
    state.result = null; state.active = -1; state.shown = null;
    if (state.controller) { state.controller.abort(); }
    list.replaceChildren();
    list.removeAttribute('data-query');
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    document.getElementById('facts').hidden = true;
    document.getElementById('answer').hidden = true;
    document.getElementById('passages').replaceChildren();
    document.getElementById('vacancies-empty').hidden = false;
    document.getElementById('vacancies-empty').textContent = t('typeToSearch');
    statusLine.textContent = '';
  }

  function search(vacancy) {
    var query = input.value.trim();
    if (!query) { clear(); return; }
    if (state.controller) { state.controller.abort(); }
    var controller = new AbortController();
    var seq = ++state.seq;
    state.controller = controller;
    var url = '/api/staff/search?q=' + encodeURIComponent(query) + '&lang=' + lang + (vacancy ? '&vacancy=' + encodeURIComponent(vacancy) : '');
    fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (seq !== state.seq) { return null; }
        if (response.status === 403) { statusLine.textContent = t('forbidden'); return null; }
        if (response.status === 429) { statusLine.textContent = t('tooMany'); return null; }
        if (response.status === 400 || response.status === 404) { return null; }
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (result) { if (result && seq === state.seq) { list.setAttribute('data-query', query); render(result); } })
      .catch(function (e) { if (e.name !== 'AbortError' && seq === state.seq) { statusLine.textContent = t('failed'); } });
  }

  function schedule(vacancy, delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(function () { search(vacancy); }, delay);
  }

  function show(id, now) {
    state.shown = id;
    if (state.result) { renderList(state.result); }
    schedule(id, now ? 0 : 150);
  }

  input.addEventListener('input', function () { state.shown = null; state.active = -1; schedule(null, 150); });
  input.addEventListener('keydown', function (e) {
    var count = state.result ? state.result.vacancies.length : 0;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && count > 0) {
      e.preventDefault();
      state.active = e.key === 'ArrowDown' ? (state.active + 1) % count : (state.active - 1 + count) % count;
      show(state.result.vacancies[state.active].id, false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (count > 0 && state.active >= 0) { show(state.result.vacancies[state.active].id, true); } else { schedule(state.shown, 0); }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.value = '';
      clear();
    }
  });

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('docTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t(node.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-label]').forEach(function (node) { node.setAttribute('aria-label', t(node.getAttribute('data-i18n-label'))); });
    document.querySelectorAll('.language__option').forEach(function (button) { button.setAttribute('aria-pressed', button.getAttribute('data-lang') === lang ? 'true' : 'false'); });
    try { sessionStorage.setItem('staff-lang', lang); } catch (e) { /* private mode: the language is not kept */ }
    if (state.result) { render(state.result); search(state.shown); } else { clear(); }
  }

  document.querySelectorAll('.language__option').forEach(function (button) {
    button.addEventListener('click', function () { lang = button.getAttribute('data-lang'); applyLanguage(); input.focus(); });
  });
  applyLanguage();
  input.focus();
  if (params.get('q')) { input.value = params.get('q'); search(null); }
})();
