// CommonJS so that both the ESM script and the Jest unit test (CommonJS on Node 20) can load it.
/** @typedef {{ file: string; isEntry?: boolean; imports?: string[]; css?: string[] }} ManifestChunk */

/**
 * The chunks a browser downloads for a set of starting points in a Vite build manifest: each start plus
 * everything it imports statically, transitively. `dynamicImports` are not followed: they load only when some
 * code asks for them (another route).
 *
 * @param {Record<string, ManifestChunk>} manifest dist/.vite/manifest.json
 * @param {string[]} starts manifest keys, e.g. ["index.html", "src/respond/RespondentPage.tsx"]
 * @returns {{ js: string[]; css: string[] }} output file names, in first-visit order, without duplicates
 */
function staticClosure(manifest, starts) {
  const seen = new Set();
  /** @type {string[]} */
  const js = [];
  const css = new Set();
  /** @param {string} key */
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk "${key}"`);
    seen.add(key);
    js.push(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const start of starts) visit(start);
  return { js, css: [...css] };
}

/** @param {Record<string, ManifestChunk>} manifest */
function entryKey(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1)
    throw new Error(`Expected one entry chunk in the manifest, found ${entries.length}`);
  return /** @type {string} */ (entries[0]);
}

module.exports = { staticClosure, entryKey };
