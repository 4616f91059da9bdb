// StanceLens analysis worker: long articles are analysed here, off the page's main thread,
// so reading stays smooth. Says {loaded: true} as soon as it runs (so a page can tell a
// worker that never started from one that is working); receives {text, topic, headline}; answers
// {bytes} (the analysis as compact bytes, its buffer transferred, not copied) or {error}.
import init, { analyzeToBytes } from './stancelens_wasm.js';

self.postMessage({ loaded: true });
const ready = init({ module_or_path: new URL('stancelens_wasm_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const bytes = analyzeToBytes(data.text, data.topic ?? undefined, data.headline ?? undefined);
    self.postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
