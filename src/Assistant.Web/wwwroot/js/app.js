// The page: a Direct Line token from our backend (the secret stays on the server), Web Chat in nl/en/fr, the page's
// vacancy sent as channelData.vacancyId, and the reply's schema.org citations shown as quotes under the answer.
(function () {
  'use strict';

  var LOCALES = { nl: 'nl-NL', en: 'en-US', fr: 'fr-FR' };
  var TEXT = {
    nl: { brand: 'Lokaal bestuur — Vacatures', title: 'Vragen over een vacature?', skip: 'Naar het gesprek', vacancy: 'Vacature',
      intro: 'Stel je vraag aan de vacature-assistent: over de deadline, de voorwaarden, het loon of de selectieprocedure. De antwoorden komen uit de vacaturetekst en tonen hun bron.',
      chat: 'Gesprek met de vacature-assistent', note: 'De assistent geeft informatie, geen beslissing. Bij twijfel geldt de officiële vacaturetekst.',
      footer: 'Een dienst van je lokaal bestuur.', sources: 'Bron', loading: 'De assistent wordt gestart…',
      failed: 'De assistent is nu niet bereikbaar. Probeer het later opnieuw.', docTitle: 'Vacatures — Vraag het de vacature-assistent',
      notFound: 'Deze vacature vinden we niet (meer). Je kan wel vragen stellen over onze andere vacatures.' },
    en: { brand: 'Local government — Vacancies', title: 'Questions about a vacancy?', skip: 'Skip to the chat', vacancy: 'Vacancy',
      intro: 'Ask the vacancy assistant about the deadline, the requirements, the pay or the selection procedure. Answers come from the vacancy text and show their source.',
      chat: 'Chat with the vacancy assistant', note: 'The assistant informs; it does not decide. When in doubt, the official vacancy text applies.',
      footer: 'A service of your local government.', sources: 'Source', loading: 'Starting the assistant…',
      failed: 'The assistant cannot be reached right now. Please try again later.', docTitle: 'Vacancies — Ask the vacancy assistant',
      notFound: 'We cannot find this vacancy (any more). You can still ask about our other vacancies.' },
    fr: { brand: 'Administration locale — Offres d’emploi', title: 'Des questions sur une offre d’emploi ?', skip: 'Aller à la conversation', vacancy: 'Offre',
      intro: 'Posez votre question à l’assistant : date limite, conditions, salaire ou procédure de sélection. Les réponses viennent du texte de l’offre et citent leur source.',
      chat: 'Conversation avec l’assistant', note: 'L’assistant informe, il ne décide pas. En cas de doute, le texte officiel de l’offre fait foi.',
      footer: 'Un service de votre administration locale.', sources: 'Source', loading: 'Démarrage de l’assistant…',
      failed: 'L’assistant est injoignable pour le moment. Réessayez plus tard.', docTitle: 'Offres d’emploi — Demandez à l’assistant',
      notFound: 'Cette offre est introuvable (ou n’est plus publiée). Vous pouvez poser des questions sur nos autres offres.' }
  };

  var params = new URLSearchParams(location.search);
  var vacancy = /^[a-z0-9][a-z0-9-]{0,119}$/.test(params.get('vacancy') || '') ? params.get('vacancy') : null;
  var lang = LOCALES[params.get('lang')] ? params.get('lang') : 'nl';
  var directLine = null;
  var chatStore = null;
  var vacancyMissing = false;
  var generation = 0;

  function t(key) { return TEXT[lang][key]; }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('docTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-lang]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang)); });
    if (vacancyMissing) { document.getElementById('vacancy-id').textContent = t('notFound'); }
  }

  function status(text) { document.getElementById('status').textContent = text || ''; }

  // Markdown-safe text for a quote line.
  function escapeMarkdown(s) { return String(s).replace(/([\\`*_{}\[\]()#+!|>~<])/g, '\\$1'); }

  // The reply's schema.org Message entity citations, appended to the text as quotes (Web Chat renders markdown).
  function withCitations(activity) {
    var entity = (activity.entities || []).filter(function (e) { return e && e['@type'] === 'Message' && Array.isArray(e.citation); })[0];
    if (!entity || entity.citation.length === 0 || (activity.channelData && activity.channelData.citationsShown)) { return activity; }
    var lines = entity.citation.map(function (claim) {
      var doc = claim.appearance || {};
      return '> “' + escapeMarkdown(doc.abstract || '') + '”  \n> — *' + t('sources') + ' ' + (claim.position || '') + ': ' + escapeMarkdown(doc.name || '') + '*';
    });
    return Object.assign({}, activity, {
      text: (activity.text || '') + '\n\n' + lines.join('\n\n'),
      textFormat: 'markdown',
      channelData: Object.assign({}, activity.channelData, { citationsShown: true })
    });
  }

  // 👍/👎: the card row of a voted answer shows the vote as given ("✓ 👍 Yes", the pressed button's own title) instead of its
  // buttons, so one answer is voted on once; Teams gets the same from the bot (FeedbackCard.Voted).
  var votes = {};

  function voteOf(activity) {
    var value = activity && activity.value;
    return value && (value.feedback === 'up' || value.feedback === 'down') && typeof value.turnId === 'string' ? value : null;
  }

  function votedCard(card) {
    var body = card && Array.isArray(card.body) ? card.body : null;
    if (!body) { return card; }
    var changed = false;
    var next = body.map(function (element) {
      var actions = element && element.type === 'ActionSet' && Array.isArray(element.actions) ? element.actions : null;
      var pressed = actions && actions.filter(function (a) {
        return a.data && typeof a.data.turnId === 'string' && votes[a.data.turnId] === a.data.feedback;
      })[0];
      if (!pressed) { return element; }
      changed = true;
      return { type: 'TextBlock', id: 'feedback-given', text: '✓ ' + pressed.title, wrap: true, weight: 'Bolder', spacing: 'Small' };
    });
    return changed ? Object.assign({}, card, { body: next }) : card;
  }

  function withVotesShown(activity) {
    if (!Array.isArray(activity.attachments)) { return activity; }
    var changed = false;
    var attachments = activity.attachments.map(function (a) {
      if (a.contentType !== 'application/vnd.microsoft.card.adaptive') { return a; }
      var content = votedCard(a.content);
      if (content === a.content) { return a; }
      changed = true;
      return Object.assign({}, a, { content: content });
    });
    return changed ? Object.assign({}, activity, { attachments: attachments }) : activity;
  }

  // The answer the vote is on is shown again (same id: Web Chat replaces it in place) with its row voted.
  function showVote(value) {
    if (votes[value.turnId]) { return; }
    votes[value.turnId] = value.feedback;
    var state = chatStore && chatStore.getState();
    (state && state.activities || []).forEach(function (activity) {
      if (!activity.id || !activity.from || activity.from.role !== 'bot') { return; }
      var shown = withVotesShown(activity);
      if (shown !== activity) {
        setTimeout(function () {
          replaying = true;
          try { chatStore.dispatch({ type: 'DIRECT_LINE/INCOMING_ACTIVITY', payload: { activity: shown } }); } finally { replaying = false; }
        }, 0);
      }
    });
  }

  // After an answer arrives the pane shows its start: when Web Chat's scrolling to the bottom leaves the answer's first
  // line above the visible box, the transcript is scrolled back so that the answer starts at the top of the pane (an
  // answer that fits stays as Web Chat shows it, whole).
  var revealTimer = null;
  var replaying = false;
  function stopRevealing() { if (revealTimer) { clearInterval(revealTimer); revealTimer = null; } }
  // The reader's own scrolling wins: it ends the adjustment at once.
  ['wheel', 'touchstart', 'keydown', 'pointerdown'].forEach(function (type) {
    document.addEventListener(type, function (e) { if (e.target && e.target.closest && e.target.closest('#webchat')) { stopRevealing(); } }, { passive: true, capture: true });
  });
  function revealAnswerStart() {
    if (replaying) { return; }
    stopRevealing();
    // Held until the reader scrolls, types or clicks in the chat (or a minute passes): Web Chat may scroll to the bottom
    // again while the card renders and the suggested actions appear.
    var until = Date.now() + 60000;
    revealTimer = setInterval(function () {
      var pane = document.querySelector('#webchat .webchat__basic-transcript__scrollable');
      var answers = pane ? pane.querySelectorAll('.webchat__basic-transcript__activity') : [];
      var last = null;
      for (var i = answers.length - 1; i >= 0 && !last; i--) {
        if (answers[i].querySelector('.webchat__bubble:not(.webchat__bubble--from-user)')) { last = answers[i]; }
      }
      if (last) {
        var top = last.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        if (top < 0) { pane.scrollTop = Math.max(0, pane.scrollTop + top - 8); }
      }
      if (Date.now() > until) { stopRevealing(); }
    }, 100);
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && voteOf(action.payload.activity)) {
            showVote(action.payload.activity.value);
          }
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && vacancy) {
            var outgoing = action.payload.activity;
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, {
              activity: Object.assign({}, outgoing, { channelData: Object.assign({}, outgoing.channelData, { vacancyId: vacancy }) })
            }) });
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity.from && action.payload.activity.from.role === 'bot') {
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withVotesShown(withCitations(action.payload.activity)) }) });
            if (action.payload.activity.type === 'message') { revealAnswerStart(); }
          }
          return next(action);
        };
      };
    });
  }

  var styleOptions = {
    accent: '#003b6f',
    primaryFont: '"Segoe UI", Arial, Helvetica, sans-serif',
    bubbleBackground: '#f2f5f8',
    bubbleBorderColor: '#8a9bb0',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#003b6f',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: '#003b6f',
    bubbleFromUserBorderRadius: 6,
    bubbleTextColor: '#1a1a1a',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#003b6f',
    suggestedActionTextColor: '#003b6f',
    suggestedActionBorderRadius: 4,
    sendBoxTextColor: '#1a1a1a',
    sendBoxPlaceholderColor: '#595959',
    subtle: '#4a4a4a',
    timestampColor: '#4a4a4a',
    hideUploadButton: true,
    botAvatarInitials: 'VA',
    userAvatarInitials: 'U',
    rootHeight: '100%',
    // A new answer stops the scrolling once its top reaches the top of the pane, so a long card is read from its start.
    autoScrollSnapOnActivity: true,
    autoScrollSnapOnActivityOffset: 8
  };

  // Adaptive Card colours dark enough for WCAG AA on white and on the light bubble.
  var foreground = {
    default: { default: '#1a1a1a', subtle: '#4a4a4a' }, dark: { default: '#1a1a1a', subtle: '#4a4a4a' },
    light: { default: '#ffffff', subtle: '#f2f5f8' }, accent: { default: '#003b6f', subtle: '#00284d' },
    good: { default: '#0b6a0b', subtle: '#0b5a0b' }, warning: { default: '#8a4600', subtle: '#7a3e00' }, attention: { default: '#a4262c', subtle: '#8e1f25' }
  };
  var hostConfig = {
    fontFamily: styleOptions.primaryFont,
    // Buttons stacked, not side by side: side by side they are cut off at the card's edge.
    actions: { actionsOrientation: 'vertical', actionAlignment: 'left', buttonSpacing: 6, maxActions: 8, spacing: 'default', showCard: { actionMode: 'inline', inlineTopMargin: 8 } },
    containerStyles: { default: { backgroundColor: '#ffffff', foregroundColors: foreground }, emphasis: { backgroundColor: '#f2f5f8', foregroundColors: foreground } }
  };

  async function start() {
    var mine = ++generation;
    status(t('loading'));
    if (directLine) { try { directLine.end(); } catch (e) { /* already closed */ } directLine = null; }
    try {
      var response = await fetch('/api/webchat/token', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ vacancy: vacancy, locale: LOCALES[lang] })
      });
      if (!response.ok) { throw new Error('token ' + response.status); }
      var session = await response.json();
      if (mine !== generation) { return; }
      showVacancy(session);
      directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: session.domain || location.origin + '/v3/directline',
        conversationStartProperties: { locale: LOCALES[lang] }
      });
      var host = document.getElementById('webchat');
      var fresh = document.createElement('div');
      fresh.className = 'chat__webchat';
      fresh.id = 'webchat';
      host.replaceWith(fresh);
      chatStore = createStore();
      render();
      status('');
    } catch (e) {
      status(t('failed'));
    }
  }

  // Web Chat in the page's language; rendering again with the same Direct Line and store keeps the conversation and its
  // transcript (only the locale changes), so a language switch never starts a new conversation.
  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: chatStore,
      locale: LOCALES[lang],
      styleOptions: styleOptions,
      adaptiveCardsHostConfig: hostConfig
    }, document.getElementById('webchat'));
  }

  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      var chosen = button.getAttribute('data-lang');
      if (chosen === lang) { return; }
      lang = chosen;
      params.set('lang', lang);
      history.replaceState(null, '', location.pathname + '?' + params.toString());
      applyLanguage();
      if (directLine && chatStore) { render(); } else { start(); }
    });
  });

  // The page's vacancy as the knowledge base knows it (title and organisation), or a notice that it does not exist;
  // an unknown vacancy is not passed to the conversation.
  function showVacancy(session) {
    if (!vacancy || !session) { return; }
    var box = document.getElementById('vacancy');
    var label = document.getElementById('vacancy-label');
    var name = document.getElementById('vacancy-id');
    box.hidden = false;
    if (session.vacancyNotFound) {
      label.hidden = true;
      name.textContent = t('notFound');
      box.classList.add('page__vacancy--missing');
      vacancyMissing = true;
      vacancy = null;
    } else if (session.vacancyTitle) {
      name.textContent = session.vacancyTitle + (session.vacancyOrganisation ? ' — ' + session.vacancyOrganisation : '');
    }
  }

  applyLanguage();
  if (window.WebChat) { start(); } else { status(t('failed')); }
}());
