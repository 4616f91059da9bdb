// StanceLens — embed with one tag:
//
//   <script type="module" src="/stancelens/stancelens.js"></script>
//
// then mark the article: <article data-stancelens> … </article>, or wrap it:
// <stance-lens> … </stance-lens>. For a page that does not move when the widget appears, also
// link /stancelens/stancelens.css in the <head> and put <div data-stancelens-bar></div> where
// the bar goes: its height is then reserved from the first paint. Everything runs in the
// reader's browser; the only requests are for this folder's own files (and a topic profile,
// if you point to one on your site). If anything fails, the article stays exactly as
// published, with at most one plain sentence after it (none with failure: 'silent'); the
// reason is in the console and in the element's data-stancelens-error.

const BASE = new URL('./', import.meta.url);
const VERSION = '0.1.0';
/** Articles longer than this (characters) are analysed in a worker, off the main thread. */
const LONG_ARTICLE = 40000;
let wasm = null;
const widgets = new WeakMap();
// The page's own work (parsing a long article, laying it out) comes before this mark; ours after.
performance.mark('stancelens:loaded');

/** Loads and initialises the WebAssembly module once. */
function load() {
  if (!wasm) {
    // The module and its glue are fetched together (on a slow network, a round trip less);
    // the module compiles as it arrives.
    const module = fetch(new URL('stancelens_wasm_bg.wasm', BASE));
    module.catch(() => {});
    wasm = import(new URL('stancelens_wasm.js', BASE).href).then(async (m) => {
      await m.default({ module_or_path: module });
      performance.mark('stancelens:instantiated');
      return m;
    });
    wasm.catch(() => { wasm = null; });
  }
  return wasm;
}

/** The highlight styles for the page, added once (unless the page links them itself). */
function addStylesheet() {
  const href = new URL('stancelens.css', BASE).href;
  const linked = [...document.querySelectorAll('link[rel~="stylesheet"]')].some((l) => l.href === href);
  if (linked || document.querySelector('link[data-stancelens-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.setAttribute('data-stancelens-css', '');
  document.head.append(link);
}

/** What readers see on failure: 'note' (one sentence after the article) or 'silent'. */
function failureMode(element, options) {
  let mode = options.failure ?? element.getAttribute('data-stancelens-failure');
  if (mode == null) {
    const block = element.querySelector('script[type="application/json"][data-stancelens-options]');
    try {
      mode = block ? JSON.parse(block.textContent).failure : null;
    } catch {
      mode = null;
    }
  }
  return String(mode ?? 'note').trim().toLowerCase();
}

/** One plain sentence after the article saying the highlighting is not there. */
function failureNote(element) {
  const note = document.createElement('p');
  note.className = 'stancelens-failure';
  note.textContent = 'Quote highlighting is not available for this article.';
  element.after(note);
  return note;
}

/** A topic profile from a URL on this site. */
async function fetchTopic(value) {
  const url = new URL(value, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`the topic profile ${url.href} is not on this site (${location.origin}).`);
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the topic profile ${url.href} answered HTTP ${response.status}.`);
  try {
    return await response.json();
  } catch (e) {
    throw new Error(`the topic profile ${url.href} is not JSON (${e.message}).`);
  }
}

/** Resolves after the page has had a chance to run other work. */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A worker that has not said it runs within this long (ms) never will: the page analyses. */
const WORKER_START = 10000;

/** Analyses a long article in a module worker; resolves to the analysis as compact bytes. */
function analyseInWorker(text, topic, headline) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('stancelens-worker.js', BASE), { type: 'module' });
    const fail = (message) => {
      clearTimeout(start);
      worker.terminate();
      reject(new Error(message));
    };
    const start = setTimeout(() => fail('the analysis worker did not start.'), WORKER_START);
    worker.onmessage = ({ data }) => {
      if (data.loaded) {
        clearTimeout(start);
        return;
      }
      worker.terminate();
      if (data.error) reject(new Error(data.error));
      else resolve(data.bytes);
    };
    worker.onerror = (event) => fail(event.message || 'the analysis worker could not start.');
    worker.postMessage({ text, topic, headline });
  });
}

/**
 * Mounts a widget on `element` with `options` (topic, theme, stances, overrides, text, id,
 * export, editor, failure).
 * Resolves to a handle with `destroy()`; on failure the handle has `error` and the article is
 * as it was. Rejects only when `element` is not an element (a mistake in the calling code).
 */
function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    return Promise.reject(new TypeError('StanceLens.mount(element, options) needs an element.'));
  }
  if (widgets.has(element)) return widgets.get(element);
  const pending = (async () => {
    try {
      const opts = { ...options, assetBase: BASE.href };
      const topic = options.topic ?? element.getAttribute('data-stancelens-topic');
      if (typeof topic === 'string') opts.topic = await fetchTopic(topic);
      else if (topic == null) delete opts.topic;
      addStylesheet();
      const m = await load();
      const prepared = m.prepare(element, opts);
      // A long article's paragraphs are read a slice at a time, with breaths between.
      while (!prepared.readStep(8)) await nextTask();
      const text = prepared.text;
      if (text.length > LONG_ARTICLE && typeof Worker === 'function') {
        // A long article is analysed in a worker, off the main thread; each step on the page
        // is short, with a breath between.
        await nextTask();
        try {
          const bytes = await analyseInWorker(text, prepared.topicJson, prepared.headline);
          if (!prepared.setAnalysis(bytes)) throw new Error('the worker\'s analysis does not fit the article.');
          await nextTask();
        } catch (e) {
          console.warn(`StanceLens: analysing on the page instead of in a worker (${e.message}).`);
        }
      }
      const widget = prepared.mount();
      prepared.free();
      await nextTask();
      // A long article is highlighted a slice at a time, between frames.
      while (!widget.markStep(8)) await nextTask();
      return {
        get quoteCount() { return widget.quoteCount; },
        analysis() { return JSON.parse(widget.analysisJson()); },
        destroy() {
          widget.destroy();
          widget.free();
          widgets.delete(element);
        },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`StanceLens: ${message}`, error);
      element.setAttribute('data-stancelens-state', 'failed');
      element.setAttribute('data-stancelens-error', message);
      const note = failureMode(element, options) === 'silent' ? null : failureNote(element);
      return {
        error: message,
        destroy() {
          note?.remove();
          element.removeAttribute('data-stancelens-state');
          element.removeAttribute('data-stancelens-error');
          widgets.delete(element);
        },
      };
    }
  })();
  widgets.set(element, pending);
  return pending;
}

/** `<stance-lens>`: a widget on whatever article it wraps. */
class StanceLensElement extends HTMLElement {
  connectedCallback() {
    mount(this);
  }
  disconnectedCallback() {
    widgets.get(this)?.then((w) => w.destroy());
  }
}

function mountMarked() {
  for (const article of document.querySelectorAll('[data-stancelens]')) mount(article);
}

if (!customElements.get('stance-lens')) customElements.define('stance-lens', StanceLensElement);
if (!window.StanceLens) {
  Object.defineProperty(window, 'StanceLens', {
    value: Object.freeze({ mount, version: VERSION }),
    enumerable: false,
  });
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountMarked, { once: true });
} else {
  mountMarked();
}
