// StanceLens analysis worker: long articles are analysed here, off the page's main thread,
// so reading stays smooth. Receives {text, topic}; answers {bytes} (the analysis as compact
// bytes, its buffer transferred, not copied) or {error}.
import init, { analyzeToBytes } from './stancelens_wasm.js';

const ready = init({ module_or_path: new URL('stancelens_wasm_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const bytes = analyzeToBytes(data.text, data.topic ?? undefined);
    self.postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
