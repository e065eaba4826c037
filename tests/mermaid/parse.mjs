// Parse Mermaid sources offline with the real Mermaid parser.
//
// Input (stdin): a JSON array of Mermaid source strings.
// Output (stdout): a JSON array of the same length; each entry is null when
// that block parsed, else the parser's error message (a string).
// Exit code 0 whenever the JSON was produced; non-zero only on bad input or
// when Mermaid could not be loaded. All blocks are parsed in this one process.
//
// Used by tests/mermaid_check.py. Install: npm ci --prefix tests/mermaid
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });

// Mermaid expects a browser: give it jsdom's globals BEFORE it is imported.
const globals = {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
  Element: dom.window.Element,
  HTMLElement: dom.window.HTMLElement,
  SVGElement: dom.window.SVGElement,
  Node: dom.window.Node,
  DocumentFragment: dom.window.DocumentFragment,
  DOMParser: dom.window.DOMParser,
  MutationObserver: dom.window.MutationObserver,
  getComputedStyle: dom.window.getComputedStyle.bind(dom.window),
  requestAnimationFrame: dom.window.requestAnimationFrame.bind(dom.window),
  cancelAnimationFrame: dom.window.cancelAnimationFrame.bind(dom.window),
};
for (const [name, value] of Object.entries(globals)) {
  // navigator is a read-only getter on Node >= 21; define it rather than assign.
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

// stdout carries only the JSON answer: send anything Mermaid logs to stderr.
globalThis.console = new console.Console({ stdout: process.stderr, stderr: process.stderr });

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const input = JSON.parse(await readStdin());
if (!Array.isArray(input) || !input.every((s) => typeof s === 'string')) {
  process.stderr.write('parse.mjs: stdin must be a JSON array of strings\n');
  process.exit(2);
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const results = [];
for (const src of input) {
  try {
    // Without suppressErrors, parse() throws on invalid input and resolves otherwise.
    await mermaid.parse(src);
    results.push(null);
  } catch (err) {
    const message = err && typeof err.message === 'string' ? err.message : String(err);
    results.push(message || 'unknown Mermaid parse error');
  }
}

// jsdom keeps timers alive: exit once the answer is flushed instead of waiting for them.
dom.window.close();
process.stdout.write(JSON.stringify(results) + '\n', () => process.exit(0));
