/*
 * <dc-idle-guard limit="600" warn="60" leave="/leave" heading="..." message="... {0} ..." stay="...">: signs a person
 * out of a shared computer when she has left it. Only her own doings count (pointer, keys, wheel, touch, typing), not
 * the app's heartbeat or pushed updates. `warn` seconds before `limit` seconds without any, a large dialog
 * (role=alertdialog, focus on its one button) counts down, in the words the server gave: "{0}" in `message` becomes
 * the seconds left (`message-one` is said at one second). "I'm still here" closes it. At the limit the page is hidden and replaced (location.replace, so it
 * leaves the history) by `leave`, where the server signs her out and sends the computer to its first screen.
 *
 * While she is active the element tells the server now and then ($server.stillHere), so that the server's own limit,
 * which holds when the tab is closed, counts from her last doing too.
 */
(() => {
  const DOINGS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'];

  class DcIdleGuard extends HTMLElement {
    constructor() {
      super();
      this._last = Date.now();
      this._lastTold = Date.now();
      this._busy = false;
      this._timer = null;
      this._dialog = null;
      this._left = false;
      this._onDoing = event => this._doing(event);
    }

    connectedCallback() {
      this._last = Date.now();
      DOINGS.forEach(name => document.addEventListener(name, this._onDoing, {capture: true, passive: true}));
      this._timer = setInterval(() => this._tick(), 1000);
    }

    disconnectedCallback() {
      DOINGS.forEach(name => document.removeEventListener(name, this._onDoing, {capture: true}));
      clearInterval(this._timer);
      this._closeDialog();
    }

    _seconds(name, fallback) {
      const value = parseInt(this.getAttribute(name), 10);
      return Number.isFinite(value) && value > 0 ? value : fallback;
    }

    _doing(event) {
      if (this._dialog) {
        // While the countdown shows, only "I'm still here" (or Enter or Space on it) keeps her signed in.
        return;
      }
      this._last = Date.now();
      this._busy = true;
    }

    _tick() {
      if (this._left) {
        return;
      }
      const limit = this._seconds('limit', 600);
      const warn = Math.min(this._seconds('warn', 60), limit);
      const idle = (Date.now() - this._last) / 1000;
      const left = Math.ceil(limit - idle);
      if (left <= 0) {
        this._leave();
      } else if (left <= warn) {
        this._showDialog(left);
      } else {
        this._closeDialog();
        // Tell the server she is here, at most once in a third of the limit (and once a minute at least).
        const every = Math.min(60, limit / 3) * 1000;
        if (this._busy && Date.now() - this._lastTold >= every && this.$server) {
          this._busy = false;
          this._lastTold = Date.now();
          this.$server.stillHere();
        }
      }
    }

    _showDialog(secondsLeft) {
      if (!this._dialog) {
        const overlay = document.createElement('div');
        overlay.className = 'dc-idle-overlay';
        const dialog = document.createElement('div');
        dialog.className = 'dc-idle-dialog';
        dialog.setAttribute('role', 'alertdialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.setAttribute('aria-labelledby', 'dc-idle-heading');
        dialog.setAttribute('aria-describedby', 'dc-idle-message');
        const heading = document.createElement('h2');
        heading.id = 'dc-idle-heading';
        heading.textContent = this.getAttribute('heading') || '';
        const message = document.createElement('p');
        message.id = 'dc-idle-message';
        message.className = 'dc-idle-message';
        const stay = document.createElement('button');
        stay.type = 'button';
        stay.className = 'dc-idle-stay';
        stay.textContent = this.getAttribute('stay') || 'OK';
        stay.addEventListener('click', () => this._stay());
        // The only thing to do is on the button: focus stays there.
        dialog.addEventListener('keydown', event => {
          if (event.key === 'Tab') {
            event.preventDefault();
            stay.focus();
          }
        });
        dialog.append(heading, message, stay);
        overlay.append(dialog);
        document.body.append(overlay);
        this._dialog = overlay;
        this._message = message;
        this._hideRest(true);
        stay.focus();
      }
      const words = (secondsLeft === 1 && this.getAttribute('message-one')) || this.getAttribute('message') || '{0}';
      this._message.textContent = words.replace('{0}', String(secondsLeft));
      this._dialog.setAttribute('data-seconds-left', String(secondsLeft));
    }

    _hideRest(hidden) {
      for (const child of Array.from(document.body.children)) {
        if (child !== this._dialog) {
          if (hidden) {
            child.setAttribute('inert', '');
            child.setAttribute('data-dc-idle-inert', '');
          } else if (child.hasAttribute('data-dc-idle-inert')) {
            child.removeAttribute('inert');
            child.removeAttribute('data-dc-idle-inert');
          }
        }
      }
    }

    _stay() {
      this._last = Date.now();
      this._closeDialog();
      this._lastTold = Date.now();
      if (this.$server) {
        this.$server.stillHere();
      }
    }

    _closeDialog() {
      if (this._dialog) {
        this._hideRest(false);
        this._dialog.remove();
        this._dialog = null;
        this._message = null;
      }
    }

    _leave() {
      this._left = true;
      clearInterval(this._timer);
      // Her typed answer reaches the server on its way (the field's change); then nothing of hers stays on screen.
      if (document.activeElement && document.activeElement.blur) {
        document.activeElement.blur();
      }
      setTimeout(() => {
        document.documentElement.style.visibility = 'hidden';
        location.replace(this.getAttribute('leave') || '/');
      }, 300);
    }
  }

  if (!customElements.get('dc-idle-guard')) {
    customElements.define('dc-idle-guard', DcIdleGuard);
  }
})();
