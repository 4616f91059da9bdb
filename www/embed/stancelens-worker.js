// StanceLens analysis worker: long articles are analysed here, off the page's main thread,
// so reading stays smooth. Receives {text, topic}; answers {json} or {error}.
import init, { analyzeToJson } from './stancelens_wasm.js';

const ready = init({ module_or_path: new URL('stancelens_wasm_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ json: analyzeToJson(data.text, data.topic ?? undefined) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
