/*
 * <dc-read-aloud>: reads a page aloud with the browser's own voices (Web Speech API), sentence by sentence,
 * highlighting the sentence being read. Nothing is fetched or sent anywhere: the server marks what is read and in
 * which language (docs/decisions/0014-read-aloud.md).
 *
 * The server marks readable elements with `data-read` (and `lang`, on the element or inherited; `data-read-text`
 * when what to say differs from what is shown). The element reads the marked elements inside its scope (the closest
 * ancestor with `data-read-scope`, else the page) in document order. Buttons with `data-read-choice` (a choice's
 * speaker) read their own text alone. Attributes set by the server:
 *   listen-label, stop-label, speed-label, slower-label, normal-label: the words of the controls;
 *   automatic: read as soon as the element is shown, and read the feedback (`data-read-feedback`) when it appears;
 *   an <audio> child: the author's recording, played instead of speaking the elements marked `data-read-recorded`.
 * When the computer has no voice for a language, it fires `no-voice` (detail.lang) for the server, once per language
 * and page; the learner is not told (the teacher is, on her live page).
 *
 * speechSynthesis and SpeechSynthesisUtterance are looked up at the moment of speaking, never kept.
 */
(() => {
  const HIGHLIGHT = 'dc-read-aloud';
  const READING_CLASS = 'dc-reading';
  const SLOWER = 0.7;
  const NORMAL = 1;
  const VOICE_WAIT_MS = 3000;
  const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, div, td, th, dd, dt, blockquote, pre, label, section';
  // The speed she chose holds for the page's life (the app moves between screens without reloading).
  const state = window.__dcReadAloud || (window.__dcReadAloud = {rate: NORMAL, noVoiceSaid: new Set()});

  const synth = () => window.speechSynthesis;
  const Utterance = () => window.SpeechSynthesisUtterance;

  function languageOf(element) {
    if (element.hasAttribute('data-read-lang')) {
      return element.getAttribute('data-read-lang').toLowerCase();
    }
    const owner = element.closest('[lang]');
    const lang = (owner && owner.getAttribute('lang')) || document.documentElement.lang || 'fr';
    return lang.toLowerCase();
  }

  function visible(element) {
    return element.getClientRects().length > 0;
  }

  /** The computer's own voices for a language; waits a little for them (browsers load them late). */
  function voicesFor(lang) {
    const base = lang.split('-')[0];
    const matching = () => {
      const s = synth();
      const all = s && typeof s.getVoices === 'function' ? (s.getVoices() || []) : [];
      // Only the computer's own voices: an "online" voice (some browsers' Google or "Natural" voices,
      // localService false) sends the text to its maker's servers, and the text may hold her name.
      return all.filter(v => (v.lang || '').toLowerCase().replace('_', '-').split('-')[0] === base)
        .filter(v => v.localService !== false);
    };
    const now = matching();
    if (now.length > 0) {
      return Promise.resolve(now);
    }
    return new Promise(resolve => {
      const s = synth();
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          if (s && s.removeEventListener) {
            s.removeEventListener('voiceschanged', onChange);
          }
          resolve(matching());
        }
      };
      const onChange = () => {
        if (matching().length > 0) {
          finish();
        }
      };
      if (s && s.addEventListener) {
        s.addEventListener('voiceschanged', onChange);
      }
      setTimeout(finish, VOICE_WAIT_MS);
    });
  }

  /** The element's text nodes and their places in its text, to turn a sentence into a Range. */
  function textMap(element) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: node => node.parentElement && node.parentElement.closest('[data-read-choice], [aria-hidden="true"]')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    });
    const nodes = [];
    let text = '';
    let block = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A heading and the paragraph after it are two sentences, even with no space between them in the page.
      const owner = node.parentElement.closest(BLOCKS);
      if (block !== null && owner !== block) {
        text += '\n';
      }
      block = owner;
      nodes.push({node, start: text.length});
      text += node.data;
    }
    return {text, nodes};
  }

  function rangeOf(map, start, end) {
    const at = offset => {
      for (let i = map.nodes.length - 1; i >= 0; i--) {
        if (map.nodes[i].start <= offset) {
          return {node: map.nodes[i].node, offset: Math.min(offset - map.nodes[i].start, map.nodes[i].node.length)};
        }
      }
      return null;
    };
    const from = at(start);
    const to = at(end);
    if (!from || !to) {
      return null;
    }
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The sentences of a text in its language, with where each starts and ends. */
  function sentences(text, lang) {
    const parts = [];
    if (window.Intl && Intl.Segmenter) {
      for (const s of new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text)) {
        parts.push({start: s.index, end: s.index + s.segment.length});
      }
    } else {
      const re = /[^.!?؟…]+[.!?؟…]*\s*/g;
      let m;
      while ((m = re.exec(text)) !== null) {
        parts.push({start: m.index, end: m.index + m[0].length});
      }
    }
    return parts.map(p => {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const said = raw.trim().replace(/\s+/g, ' ');
      return {start: p.start + lead, end: p.start + lead + raw.trim().length, said};
    }).filter(p => p.said.length > 0);
  }

  class DcReadAloud extends HTMLElement {
    constructor() {
      super();
      this._run = 0;
      this._reading = false;
      this._onDocClick = event => this._choiceClick(event);
      this._feedbackObserver = null;
    }

    connectedCallback() {
      if (!this._built) {
        this._build();
      }
      document.addEventListener('click', this._onDocClick, true);
      this._label();
      this._watchFeedback();
      if (this.hasAttribute('automatic')) {
        // After Vaadin has put the step's content in place.
        setTimeout(() => {
          if (this.isConnected && !this._reading) {
            this.readAll();
          }
        }, 300);
      }
    }

    disconnectedCallback() {
      document.removeEventListener('click', this._onDocClick, true);
      if (this._feedbackObserver) {
        this._feedbackObserver.disconnect();
        this._feedbackObserver = null;
      }
      this.stop();
    }

    static get observedAttributes() {
      return ['listen-label', 'stop-label', 'speed-label', 'slower-label', 'normal-label'];
    }

    attributeChangedCallback() {
      if (this._built) {
        this._label();
      }
    }

    _build() {
      this._built = true;
      // The controls live in the element's own shadow tree, so that Vaadin's children (the recording) are never
      // moved under its feet; the theme styles them through ::part().
      const root = this.attachShadow({mode: 'open'});
      this._listen = document.createElement('button');
      this._listen.type = 'button';
      this._listen.className = 'read-aloud-listen';
      this._listen.setAttribute('part', 'listen');
      this._icon = document.createElement('vaadin-icon');
      this._icon.setAttribute('aria-hidden', 'true');
      this._text = document.createElement('span');
      this._listen.append(this._icon, this._text);
      this._listen.addEventListener('click', () => this._reading ? this.stop() : this.readAll());

      this._speed = document.createElement('div');
      this._speed.className = 'read-aloud-speed';
      this._speed.setAttribute('part', 'speed');
      this._speed.setAttribute('role', 'group');
      this._slower = this._speedButton(SLOWER, 'read-aloud-slower');
      this._normal = this._speedButton(NORMAL, 'read-aloud-normal');
      this._speed.append(this._slower, this._normal);
      root.append(this._listen, this._speed);
    }

    _speedButton(rate, className) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = className;
      button.setAttribute('part', 'speed-button ' + className);
      button.addEventListener('click', () => {
        state.rate = rate;
        this._label();
      });
      return button;
    }

    _label() {
      this._text.textContent = this.getAttribute(this._reading ? 'stop-label' : 'listen-label') || '';
      this._icon.setAttribute('icon', this._reading ? 'vaadin:stop' : 'vaadin:volume-up');
      this._listen.setAttribute('aria-pressed', String(this._reading));
      this.toggleAttribute('reading', this._reading);
      this._speed.setAttribute('aria-label', this.getAttribute('speed-label') || '');
      this._slower.textContent = this.getAttribute('slower-label') || '';
      this._normal.textContent = this.getAttribute('normal-label') || '';
      for (const [button, pressed] of [[this._slower, state.rate === SLOWER], [this._normal, state.rate !== SLOWER]]) {
        button.setAttribute('aria-pressed', String(pressed));
        button.setAttribute('part', 'speed-button ' + button.className + (pressed ? ' pressed' : ''));
      }
    }

    _scope() {
      return this.closest('[data-read-scope]') || document.body;
    }

    /** The marked elements of its scope, in document order, shown on screen, none inside another. */
    _marked() {
      return [...this._scope().querySelectorAll('[data-read]')]
        .filter(el => visible(el) && !el.parentElement.closest('[data-read]'));
    }

    readAll() {
      this._readList(this._marked());
    }

    readFeedback() {
      const feedback = [...this._scope().querySelectorAll('[data-read-feedback] [data-read]')]
        .filter(el => visible(el) && !el.parentElement.closest('[data-read]'));
      if (feedback.length > 0) {
        this._readList(feedback);
      }
    }

    _choiceClick(event) {
      const speaker = event.target.closest && event.target.closest('[data-read-choice]');
      if (!speaker || !this._scope().contains(speaker)) {
        return;
      }
      // Inside a choice's label: the speaker must not tick the choice.
      event.preventDefault();
      event.stopPropagation();
      this._readList([speaker]);
    }

    stop() {
      this._run++;
      const s = synth();
      if (s && typeof s.cancel === 'function') {
        s.cancel();
      }
      const audio = this.querySelector('audio');
      if (audio && !audio.paused) {
        audio.pause();
      }
      this._unmark();
      if (this._reading) {
        this._reading = false;
        if (this._built) {
          this._label();
        }
      }
    }

    async _readList(elements) {
      this.stop();
      const run = this._run;
      this._reading = true;
      this._label();
      try {
        for (const element of elements) {
          if (run !== this._run) {
            return;
          }
          await this._readOne(element, run);
        }
      } finally {
        if (run === this._run) {
          this._reading = false;
          this._unmark();
          this._label();
        }
      }
    }

    async _readOne(element, run) {
      const audio = this.querySelector('audio');
      if (audio && element.hasAttribute('data-read-recorded')) {
        this._mark(element, null);
        await new Promise(resolve => {
          const done = () => {
            audio.removeEventListener('ended', done);
            audio.removeEventListener('pause', done);
            resolve();
          };
          audio.addEventListener('ended', done);
          audio.addEventListener('pause', done);
          audio.currentTime = 0;
          audio.play().catch(done);
        });
        return;
      }
      const lang = languageOf(element);
      const given = element.getAttribute('data-read-text') || element.getAttribute('data-read-choice');
      const map = given ? null : textMap(element);
      const text = given || map.text;
      const parts = sentences(text, lang);
      if (parts.length === 0) {
        return;
      }
      const voices = await voicesFor(lang);
      if (run !== this._run) {
        return;
      }
      if (voices.length === 0) {
        this._noVoice(lang);
        return;
      }
      for (const part of parts) {
        if (run !== this._run) {
          return;
        }
        this._mark(element, map ? rangeOf(map, part.start, part.end) : null);
        await this._say(part.said, lang, voices[0], run);
      }
      this._unmark();
    }

    _say(text, lang, voice, run) {
      return new Promise(resolve => {
        const s = synth();
        const U = Utterance();
        if (!s || !U) {
          resolve();
          return;
        }
        const utterance = new U(text);
        utterance.lang = lang;
        utterance.rate = state.rate;
        if (voice) {
          utterance.voice = voice;
        }
        let settled = false;
        const done = () => {
          if (!settled) {
            settled = true;
            resolve();
          }
        };
        utterance.onend = done;
        utterance.onerror = done;
        // A voice that never says it has finished must not hold the page: a generous limit per sentence.
        setTimeout(() => {
          if (run === this._run) {
            done();
          }
        }, 2000 + text.length * 250);
        s.speak(utterance);
      });
    }

    _noVoice(lang) {
      const base = lang.split('-')[0];
      if (!state.noVoiceSaid.has(base)) {
        state.noVoiceSaid.add(base);
        this.dispatchEvent(new CustomEvent('no-voice', {detail: {lang: base}}));
      }
    }

    /** Shows the sentence being read: a highlight range where the browser has them, else a class on the element. */
    _mark(element, range) {
      this._unmark();
      if (range && window.CSS && CSS.highlights && window.Highlight) {
        CSS.highlights.set(HIGHLIGHT, new Highlight(range));
      } else {
        element.classList.add(READING_CLASS);
        this._marked_ = element;
      }
    }

    _unmark() {
      if (window.CSS && CSS.highlights) {
        CSS.highlights.delete(HIGHLIGHT);
      }
      if (this._marked_) {
        this._marked_.classList.remove(READING_CLASS);
        this._marked_ = null;
      }
    }

    /** Read aloud automatically: the feedback is read when it appears after "Check". */
    _watchFeedback() {
      if (!this.hasAttribute('automatic') || this._feedbackObserver || !window.MutationObserver) {
        return;
      }
      const openedAt = Date.now();
      this._feedbackObserver = new MutationObserver(records => {
        // The step being put in place (a feedback shown again) is read with the rest, not on its own.
        if (Date.now() - openedAt < 1000) {
          return;
        }
        const changed = records.some(r => r.target.closest && r.target.closest('[data-read-feedback]'));
        if (changed) {
          clearTimeout(this._feedbackTimer);
          this._feedbackTimer = setTimeout(() => this.readFeedback(), 200);
        }
      });
      this._feedbackObserver.observe(this._scope(), {childList: true, subtree: true});
    }
  }

  if (!customElements.get('dc-read-aloud')) {
    customElements.define('dc-read-aloud', DcReadAloud);
  }
})();
