/*
 * <dc-pointer-practice>: the mouse practice area. The server says which target to show now, with the attributes
 * target (its id), kind (click, double-click, right-click, drag, scroll; anything else shows nothing), label, x and
 * y (its place, in % of the area), zone-label, zone-x and zone-y (where a drag's thing goes) and area-label (the
 * area's name for screen readers). The element only reports what she did, as a "dc-action" event whose detail has
 * the action (click, double-click, right-click, drop-on, scrolled-to), the target it happened on (the target's id, or
 * "miss" when it hit no target) and ms, the milliseconds since the target appeared. The server decides what is right.
 *
 * The keyboard does the same: Enter (or Space) on a target is a click, and opens a double-click target as Enter
 * opens a file; Shift+F10 or the Menu key is a right-click; Enter on a drag's thing picks it up and Enter on the
 * place drops it there (a click on each does the same, for those who cannot hold the button down); a scroll target
 * comes into view with the arrows or Page Down, or by going to it with Tab.
 */
(() => {
  const DOUBLE_CLICK_WAIT = 500;
  const SAME_REPORT_WAIT = 400;
  const DRAG_DISTANCE = 4;

  class DcPointerPractice extends HTMLElement {
    static get observedAttributes() {
      return ['target', 'kind', 'label', 'x', 'y', 'zone-label', 'zone-x', 'zone-y', 'area-label'];
    }

    constructor() {
      super();
      this._shownTarget = null;
      this._shownAt = performance.now();
      this._renderQueued = false;
      this._observer = null;
      this._clickTimer = null;
      this._last = {action: '', target: '', at: 0};
    }

    connectedCallback() {
      this._queueRender();
    }

    disconnectedCallback() {
      this._stop();
    }

    attributeChangedCallback() {
      this._queueRender();
    }

    _queueRender() {
      if (!this._renderQueued) {
        this._renderQueued = true;
        queueMicrotask(() => {
          this._renderQueued = false;
          this._render();
        });
      }
    }

    _stop() {
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      clearTimeout(this._clickTimer);
    }

    _report(action, target) {
      const now = performance.now();
      if (this._last.action === action && this._last.target === target && now - this._last.at < SAME_REPORT_WAIT) {
        return;
      }
      this._last = {action, target, at: now};
      this.dispatchEvent(new CustomEvent('dc-action', {
        detail: {action, target, ms: Math.max(0, Math.round(now - this._shownAt))}
      }));
    }

    _render() {
      if (!this.isConnected) {
        return;
      }
      const id = this.getAttribute('target') || '';
      const kind = this.getAttribute('kind') || '';
      const hadFocus = this.contains(document.activeElement);
      if (id !== this._shownTarget) {
        this._shownTarget = id;
        this._shownAt = performance.now();
      }
      this._stop();
      this.textContent = '';
      const stage = document.createElement('div');
      stage.className = 'dc-pp-stage';
      stage.setAttribute('role', 'group');
      stage.setAttribute('aria-label', this.getAttribute('area-label') || '');
      if (!['click', 'double-click', 'right-click', 'drag', 'scroll'].includes(kind) || !id) {
        stage.hidden = true;
        this.appendChild(stage);
        return;
      }
      stage.dataset.kind = kind;
      let holder = stage;
      if (kind === 'scroll') {
        stage.classList.add('dc-pp-scroll');
        stage.tabIndex = 0;
        holder = document.createElement('div');
        holder.className = 'dc-pp-scroll-inside';
        stage.appendChild(holder);
      }
      const target = this._button('dc-pp-target', this.getAttribute('label'), this.getAttribute('x'),
          this.getAttribute('y'));
      target.dataset.target = id;
      holder.appendChild(target);
      this._listenToBackground(stage, id);
      if (kind === 'drag') {
        const zone = this._button('dc-pp-zone', this.getAttribute('zone-label'), this.getAttribute('zone-x'),
            this.getAttribute('zone-y'));
        holder.appendChild(zone);
        this._listenToDrag(target, zone, id);
      } else if (kind === 'scroll') {
        this._listenToScroll(stage, target, id);
      } else {
        this._listenToTarget(target, kind, id);
      }
      this.appendChild(stage);
      if (hadFocus) {
        (kind === 'scroll' ? stage : target).focus();
      }
    }

    _button(className, label, x, y) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = className;
      button.textContent = label || '';
      button.style.left = (Number(x) || 50) + '%';
      button.style.top = (Number(y) || 50) + '%';
      return button;
    }

    /** A click or a right-click on no target is a miss; the second click of a double-click is not counted again. */
    _listenToBackground(stage, id) {
      stage.addEventListener('click', e => {
        if (!e.target.closest('button') && e.detail < 2) {
          this._report('click', 'miss');
        }
      });
      stage.addEventListener('contextmenu', e => {
        e.preventDefault();
        if (!e.target.closest('button')) {
          this._report('right-click', 'miss');
        }
      });
    }

    _listenToTarget(target, kind, id) {
      target.addEventListener('click', e => {
        if (kind !== 'double-click') {
          if (e.detail < 2) {
            this._report('click', id);
          }
        } else if (e.detail === 0) {
          this._report('double-click', id); // Enter opens it, as Enter opens a file
        } else if (e.detail === 1) {
          clearTimeout(this._clickTimer);
          this._clickTimer = setTimeout(() => this._report('click', id), DOUBLE_CLICK_WAIT);
        }
      });
      target.addEventListener('dblclick', () => {
        if (kind === 'double-click') {
          clearTimeout(this._clickTimer);
          this._report('double-click', id);
        }
      });
      target.addEventListener('contextmenu', e => {
        e.preventDefault();
        this._report('right-click', id);
      });
      target.addEventListener('keydown', e => {
        if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
          e.preventDefault();
          this._report('right-click', id);
        }
      });
    }

    /** Dragged with the pointer (pointer events, so that any mouse, pen or test driver works), or picked up and put. */
    _listenToDrag(thing, zone, id) {
      let start = null;
      let moved = false;
      let picked = false;
      const pick = on => {
        picked = on;
        thing.setAttribute('aria-pressed', String(on));
        zone.classList.toggle('dc-pp-zone-ready', on);
      };
      pick(false);
      thing.addEventListener('pointerdown', e => {
        if (e.button !== 0) {
          return;
        }
        start = {x: e.clientX, y: e.clientY};
        moved = false;
        thing.setPointerCapture(e.pointerId);
      });
      thing.addEventListener('pointermove', e => {
        if (!start) {
          return;
        }
        const dx = e.clientX - start.x;
        const dy = e.clientY - start.y;
        if (Math.abs(dx) + Math.abs(dy) > DRAG_DISTANCE) {
          moved = true;
          thing.classList.add('dc-pp-dragging');
        }
        thing.style.transform = `translate(calc(-50% + ${dx}px), calc(-50% + ${dy}px))`;
      });
      const end = (e, cancelled) => {
        if (!start) {
          return;
        }
        start = null;
        thing.style.transform = '';
        thing.classList.remove('dc-pp-dragging');
        if (moved && !cancelled) {
          const box = zone.getBoundingClientRect();
          const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top
              && e.clientY <= box.bottom;
          this._report('drop-on', inside ? id : 'miss');
        }
      };
      thing.addEventListener('pointerup', e => end(e, false));
      thing.addEventListener('pointercancel', e => end(e, true));
      thing.addEventListener('click', () => {
        if (moved) {
          moved = false;
          return;
        }
        pick(!picked);
      });
      zone.addEventListener('click', () => {
        if (picked) {
          pick(false);
          this._report('drop-on', id);
        }
      });
      thing.addEventListener('keydown', e => {
        if (e.key === 'Escape') {
          pick(false);
        }
      });
    }

    /** Done when most of the target has come into the area's view. */
    _listenToScroll(stage, target, id) {
      stage.scrollTop = 0;
      this._observer = new IntersectionObserver(entries => {
        if (entries.some(entry => entry.isIntersecting)) {
          this._stop();
          this._report('scrolled-to', id);
        }
      }, {root: stage, threshold: 0.75});
      requestAnimationFrame(() => {
        if (this._observer) {
          this._observer.observe(target);
        }
      });
    }
  }

  if (!customElements.get('dc-pointer-practice')) {
    customElements.define('dc-pointer-practice', DcPointerPractice);
  }
})();
