/*
 * <dc-quick-exit address="..." leave="...">: the quick exit of shelters' websites. It wraps the page's "Quick exit"
 * button; a click on it, or Escape pressed three times within two seconds anywhere on the page, replaces the page at
 * once with the neutral page at `address` (location.replace: the page she was on leaves the history), and asks the
 * server at `leave` to sign her out (a request that outlives the page).
 *
 * While the app is open it also keeps a single history entry: the app's own moves between screens replace the entry
 * instead of adding one, so that Back never walks through her screens after she has gone. A page brought back from
 * the browser's back-forward cache is fetched again from the server, which knows whether she is still signed in.
 */
(() => {
  const PRESSES = 3;
  const WITHIN_MS = 2000;

  if (!window.__dcOneHistoryEntry) {
    window.__dcOneHistoryEntry = true;
    const replace = history.replaceState.bind(history);
    history.pushState = (state, title, url) => replace(state, title, url);
    window.addEventListener('pageshow', event => {
      if (event.persisted) {
        location.reload();
      }
    });
  }

  class DcQuickExit extends HTMLElement {
    constructor() {
      super();
      this._escapes = [];
      this._onKey = event => this._key(event);
      this._onClick = event => {
        if (event.target.closest && event.target.closest('.quick-exit-button')) {
          event.preventDefault();
          event.stopPropagation();
          this.exit();
        }
      };
    }

    connectedCallback() {
      document.addEventListener('keydown', this._onKey, true);
      this.addEventListener('click', this._onClick, true);
    }

    disconnectedCallback() {
      document.removeEventListener('keydown', this._onKey, true);
      this.removeEventListener('click', this._onClick, true);
    }

    _key(event) {
      if (event.key !== 'Escape') {
        return;
      }
      const now = Date.now();
      this._escapes = this._escapes.filter(at => now - at < WITHIN_MS);
      this._escapes.push(now);
      if (this._escapes.length >= PRESSES) {
        this._escapes = [];
        this.exit();
      }
    }

    exit() {
      const address = this.getAttribute('address') || 'about:blank';
      const leave = this.getAttribute('leave');
      // Nothing of hers stays on the screen, even for the moment the neutral page takes to come.
      document.documentElement.style.visibility = 'hidden';
      if (leave) {
        try {
          fetch(leave, {credentials: 'same-origin', cache: 'no-store', keepalive: true, redirect: 'manual'})
            .catch(() => {});
        } catch (e) {
          // The neutral page matters more than the sign-out; the server's idle limit signs her out anyway.
        }
      }
      location.replace(address);
    }
  }

  if (!customElements.get('dc-quick-exit')) {
    customElements.define('dc-quick-exit', DcQuickExit);
  }
})();
