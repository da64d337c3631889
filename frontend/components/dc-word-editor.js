/*
 * <dc-word-editor>: the page of the word-processor simulation. The browser must do this part (typing, the caret,
 * selecting words); the server decides what is right. It keeps the document as a small model (paragraphs with a
 * style, a size and bold or plain letters), draws it into an editable area, and sends the whole model as JSON in a
 * "dc-document-change" event a moment after each change (at once when she leaves the page). The toolbar's buttons
 * are the server's: any element with data-tool="bold|large|heading|bullet|normal" in the same simulation.
 * Attributes: document (the JSON to show), revision (changed by the server to show the document again),
 * labelledby (the id of the page's visible label).
 */
(function () {
  const STYLES = ['normal', 'heading', 'bullet'];
  const SIZES = ['normal', 'large'];
  const WAIT = 600;

  class DcWordEditor extends HTMLElement {
    static get observedAttributes() {
      return ['document', 'revision'];
    }

    connectedCallback() {
      if (this.page) {
        return;
      }
      this.blocks = [];
      this.lastSent = null;
      this.saved = null;
      this.page = document.createElement('div');
      this.page.className = 'sim-word-processor-page';
      this.page.contentEditable = 'true';
      this.page.setAttribute('role', 'textbox');
      this.page.setAttribute('aria-multiline', 'true');
      this.page.setAttribute('spellcheck', 'false');
      if (this.getAttribute('labelledby')) {
        this.page.setAttribute('aria-labelledby', this.getAttribute('labelledby'));
      }
      this.appendChild(this.page);
      this.page.addEventListener('beforeinput', (e) => this.beforeInput(e));
      this.page.addEventListener('input', (e) => {
        if (!e.isComposing) {
          this.fromPage();
        }
      });
      this.page.addEventListener('compositionend', () => this.fromPage());
      this.page.addEventListener('keydown', (e) => this.keyDown(e));
      this.addEventListener('focusout', (e) => {
        if (!this.contains(e.relatedTarget)) {
          this.send();
        }
      });
      this.selectionListener = () => this.rememberSelection();
      document.addEventListener('selectionchange', this.selectionListener);
      const simulation = this.closest('.sim-word-processor') || this.parentElement;
      this.toolListener = (e) => {
        const tool = e.target.closest && e.target.closest('[data-tool]');
        if (tool && simulation.contains(tool)) {
          this.apply(tool.getAttribute('data-tool'));
        }
      };
      // Pressing a tool with the mouse keeps the caret and the selection in the page.
      this.mouseListener = (e) => {
        if (e.target.closest && e.target.closest('[data-tool]')) {
          e.preventDefault();
        }
      };
      this.simulation = simulation;
      simulation.addEventListener('click', this.toolListener);
      simulation.addEventListener('mousedown', this.mouseListener);
      this.load();
    }

    disconnectedCallback() {
      document.removeEventListener('selectionchange', this.selectionListener);
      if (this.simulation) {
        this.simulation.removeEventListener('click', this.toolListener);
        this.simulation.removeEventListener('mousedown', this.mouseListener);
      }
      this.send();
    }

    attributeChangedCallback() {
      if (this.page) {
        this.load();
      }
    }

    /** Shows the document of the attribute; what is shown is what the server has. */
    load() {
      let model;
      try {
        model = JSON.parse(this.getAttribute('document') || '{"blocks":[]}');
      } catch (e) {
        model = { blocks: [] };
      }
      this.blocks = (model.blocks || []).map((b) => ({
        style: STYLES.includes(b.style) ? b.style : 'normal',
        size: SIZES.includes(b.size) ? b.size : 'normal',
        chars: (b.runs || []).flatMap((r) => Array.from(String(r.text)).map((c) => ({ c: c, b: !!r.bold })))
      }));
      if (this.blocks.length === 0) {
        this.blocks.push({ style: 'normal', size: 'normal', chars: [] });
      }
      this.lastSent = this.toJson();
      this.render(null);
      this.updateTools();
    }

    toJson() {
      return JSON.stringify({
        blocks: this.blocks.map((b) => {
          const runs = [];
          for (const ch of b.chars) {
            const last = runs[runs.length - 1];
            if (last && last.bold === ch.b) {
              last.text += ch.c;
            } else {
              runs.push({ text: ch.c, bold: ch.b });
            }
          }
          return { style: b.style, size: b.size, runs: runs };
        })
      });
    }

    changed() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.send(), WAIT);
    }

    send() {
      clearTimeout(this.timer);
      if (!this.blocks) {
        return;
      }
      const json = this.toJson();
      if (json !== this.lastSent) {
        this.lastSent = json;
        this.dispatchEvent(new CustomEvent('dc-document-change', { detail: { document: json } }));
      }
    }

    // --- Drawing the model, and reading the page back ---

    render(selection) {
      this.page.textContent = '';
      this.blocks.forEach((b) => {
        const el = document.createElement('div');
        el.className = 'sim-word-processor-block';
        el.setAttribute('data-style', b.style);
        el.setAttribute('data-size', b.size);
        let i = 0;
        while (i < b.chars.length) {
          let j = i;
          let text = '';
          while (j < b.chars.length && b.chars[j].b === b.chars[i].b) {
            text += b.chars[j].c;
            j++;
          }
          if (b.chars[i].b) {
            const strong = document.createElement('strong');
            strong.textContent = text;
            el.appendChild(strong);
          } else {
            el.appendChild(document.createTextNode(text));
          }
          i = j;
        }
        if (b.chars.length === 0) {
          el.appendChild(document.createElement('br'));
        }
        this.page.appendChild(el);
      });
      if (selection) {
        this.select(selection);
      }
    }

    /** Reads what the browser typed into the page, then draws it again tidy. */
    fromPage() {
      const selection = this.currentSelection();
      const blocks = [];
      const old = this.blocks;
      const takeBlock = (el, index) => {
        const chars = [];
        const walk = (node, bold) => {
          if (node.nodeType === Node.TEXT_NODE) {
            for (const c of Array.from(node.data)) {
              chars.push({ c: c === '\n' || c === '\u00A0' ? ' ' : c, b: bold });
            }
          } else if (node.nodeType === Node.ELEMENT_NODE) {
            const weight = node.style && node.style.fontWeight;
            const isBold = bold || ['STRONG', 'B'].includes(node.tagName) || weight === 'bold'
                || parseInt(weight, 10) >= 600;
            node.childNodes.forEach((child) => walk(child, isBold));
          }
        };
        walk(el, false);
        const style = el.getAttribute && el.getAttribute('data-style');
        const size = el.getAttribute && el.getAttribute('data-size');
        const before = old[Math.min(index, old.length - 1)] || { style: 'normal', size: 'normal' };
        blocks.push({
          style: STYLES.includes(style) ? style : before.style,
          size: SIZES.includes(size) ? size : before.size,
          chars: chars
        });
      };
      Array.from(this.page.childNodes).forEach((node, index) => {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
          takeBlock(node, index);
        }
      });
      this.blocks = blocks.length ? blocks : [{ style: 'normal', size: 'normal', chars: [] }];
      this.render(selection);
      this.changed();
      this.updateTools();
    }

    // --- Positions: a paragraph's index and a letter's index in it ---

    pointToPos(node, offset) {
      let block = node;
      while (block && block.parentNode !== this.page) {
        block = block.parentNode;
      }
      if (!block) {
        const index = Math.min(offset, this.page.childNodes.length) - 1;
        if (node === this.page && index >= 0) {
          return { b: index, o: this.page.childNodes[index].textContent.length };
        }
        return { b: 0, o: 0 };
      }
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(node, offset);
      const b = Array.prototype.indexOf.call(this.page.childNodes, block);
      return { b: b, o: range.toString().length };
    }

    posToPoint(pos) {
      const block = this.page.childNodes[Math.min(pos.b, this.page.childNodes.length - 1)];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let left = pos.o;
      let last = null;
      while (walker.nextNode()) {
        last = walker.currentNode;
        if (left <= last.data.length) {
          return { node: last, offset: left };
        }
        left -= last.data.length;
      }
      return last ? { node: last, offset: last.data.length } : { node: block, offset: 0 };
    }

    currentSelection() {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || !this.page.contains(sel.anchorNode) || !this.page.contains(sel.focusNode)) {
        return null;
      }
      const range = sel.getRangeAt(0);
      return { start: this.pointToPos(range.startContainer, range.startOffset),
        end: this.pointToPos(range.endContainer, range.endOffset) };
    }

    rememberSelection() {
      const selection = this.currentSelection();
      if (selection) {
        this.saved = selection;
        this.updateTools();
      }
    }

    select(selection) {
      const start = this.posToPoint(selection.start);
      const end = this.posToPoint(selection.end);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      this.saved = selection;
    }

    // --- Editing the model: what the browser would do differently each time ---

    /** Removes the selected letters; returns the position where they were. */
    cut(selection) {
      const { start, end } = selection;
      const first = this.blocks[start.b];
      const last = this.blocks[end.b];
      first.chars = first.chars.slice(0, start.o).concat(last.chars.slice(end.o));
      this.blocks.splice(start.b + 1, end.b - start.b);
      return { b: start.b, o: start.o };
    }

    insertText(pos, text, bold) {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      let at = pos;
      lines.forEach((line, i) => {
        if (i > 0) {
          at = this.split(at);
        }
        const chars = Array.from(line.replace(/\t/g, ' ')).map((c) => ({ c: c, b: bold }));
        const block = this.blocks[at.b];
        block.chars.splice(at.o, 0, ...chars);
        at = { b: at.b, o: at.o + chars.length };
      });
      return at;
    }

    split(pos) {
      const block = this.blocks[pos.b];
      if (block.style === 'bullet' && block.chars.length === 0) {
        block.style = 'normal';
        return pos;
      }
      const rest = { style: block.style === 'bullet' ? 'bullet' : 'normal',
        size: block.style === 'heading' ? 'normal' : block.size, chars: block.chars.slice(pos.o) };
      block.chars = block.chars.slice(0, pos.o);
      this.blocks.splice(pos.b + 1, 0, rest);
      return { b: pos.b + 1, o: 0 };
    }

    beforeInput(e) {
      const selection = this.currentSelection();
      if (!selection) {
        return;
      }
      const type = e.inputType;
      const collapsed = selection.start.b === selection.end.b && selection.start.o === selection.end.o;
      const acrossBlocks = selection.start.b !== selection.end.b;
      let pos = null;
      if (type.startsWith('format') || type === 'historyUndo' || type === 'historyRedo') {
        e.preventDefault();
        return;
      }
      if (type === 'insertParagraph' || type === 'insertLineBreak') {
        pos = this.split(collapsed ? selection.start : this.cut(selection));
      } else if (type === 'insertFromPaste' || type === 'insertFromDrop' || type === 'insertReplacementText') {
        const text = e.dataTransfer ? e.dataTransfer.getData('text/plain') : (e.data || '');
        const at = collapsed ? selection.start : this.cut(selection);
        pos = this.insertText(at, text, false);
      } else if (type.startsWith('delete') && collapsed) {
        const { b, o } = selection.start;
        const block = this.blocks[b];
        if (type.endsWith('Backward') && o === 0) {
          if (block.style !== 'normal') {
            block.style = 'normal';
            pos = { b: b, o: 0 };
          } else if (b > 0) {
            const before = this.blocks[b - 1];
            pos = { b: b - 1, o: before.chars.length };
            before.chars = before.chars.concat(block.chars);
            this.blocks.splice(b, 1);
          } else {
            e.preventDefault();
            return;
          }
        } else if (type.endsWith('Forward') && o === block.chars.length) {
          if (b < this.blocks.length - 1) {
            block.chars = block.chars.concat(this.blocks[b + 1].chars);
            this.blocks.splice(b + 1, 1);
          }
          pos = { b: b, o: o };
        }
      } else if (acrossBlocks && (type.startsWith('delete') || type === 'insertText')) {
        pos = this.cut(selection);
        if (type === 'insertText' && e.data) {
          pos = this.insertText(pos, e.data, false);
        }
      }
      if (pos) {
        e.preventDefault();
        this.render({ start: pos, end: pos });
        this.changed();
        this.updateTools();
      }
    }

    keyDown(e) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'b' || e.key === 'B')) {
        e.preventDefault();
        this.apply('bold');
      }
    }

    // --- The tools ---

    /** The selection, or the word the caret is in, in letters of one paragraph at a time. */
    span(selection) {
      const { start, end } = selection;
      if (start.b !== end.b || start.o !== end.o) {
        return selection;
      }
      const chars = this.blocks[start.b].chars;
      let from = start.o;
      let to = start.o;
      const inWord = (c) => c && /[\p{L}\p{N}'’-]/u.test(c.c);
      while (from > 0 && inWord(chars[from - 1])) {
        from--;
      }
      while (to < chars.length && inWord(chars[to])) {
        to++;
      }
      return { start: { b: start.b, o: from }, end: { b: start.b, o: to } };
    }

    lettersOf(selection) {
      const letters = [];
      for (let b = selection.start.b; b <= selection.end.b; b++) {
        const chars = this.blocks[b].chars;
        const from = b === selection.start.b ? selection.start.o : 0;
        const to = b === selection.end.b ? selection.end.o : chars.length;
        letters.push(...chars.slice(from, to));
      }
      return letters;
    }

    blocksOf(selection) {
      return this.blocks.slice(selection.start.b, selection.end.b + 1);
    }

    apply(tool) {
      const selection = this.currentSelection() || this.saved;
      if (!selection || !this.blocks[selection.end.b]) {
        return;
      }
      const blocks = this.blocksOf(selection);
      if (tool === 'bold') {
        const letters = this.lettersOf(this.span(selection)).filter((c) => c.c.trim() !== '');
        const bold = !letters.every((c) => c.b);
        this.lettersOf(this.span(selection)).forEach((c) => {
          c.b = bold;
        });
      } else if (tool === 'large') {
        const large = !blocks.every((b) => b.size === 'large');
        blocks.forEach((b) => {
          b.size = large ? 'large' : 'normal';
        });
      } else if (tool === 'heading' || tool === 'bullet') {
        const all = blocks.every((b) => b.style === tool);
        blocks.forEach((b) => {
          b.style = all ? 'normal' : tool;
        });
      } else if (tool === 'normal') {
        blocks.forEach((b) => {
          b.style = 'normal';
          b.size = 'normal';
        });
      } else {
        return;
      }
      const inPage = this.page.contains(document.activeElement) || document.activeElement === this.page;
      this.render(null);
      if (inPage) {
        this.select(selection);
      } else {
        this.saved = selection;
      }
      this.changed();
      this.updateTools();
    }

    /** Each tool says whether it is on where she is, for the eye and for screen readers. */
    updateTools() {
      const selection = this.saved;
      if (!this.simulation || !selection || !this.blocks[selection.end.b]) {
        return;
      }
      const blocks = this.blocksOf(selection);
      const letters = this.lettersOf(this.span(selection)).filter((c) => c.c.trim() !== '');
      const on = {
        bold: letters.length > 0 && letters.every((c) => c.b),
        large: blocks.every((b) => b.size === 'large'),
        heading: blocks.every((b) => b.style === 'heading'),
        bullet: blocks.every((b) => b.style === 'bullet')
      };
      this.simulation.querySelectorAll('[data-tool]').forEach((tool) => {
        const name = tool.getAttribute('data-tool');
        if (name in on) {
          tool.setAttribute('aria-pressed', String(on[name]));
        }
      });
    }
  }

  if (!customElements.get('dc-word-editor')) {
    customElements.define('dc-word-editor', DcWordEditor);
  }
})();
