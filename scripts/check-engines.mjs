#!/usr/bin/env node
// Every installed package must run on the lowest Node the project supports, so an install on that Node prints no
// "Unsupported engine" warning and nothing needs a newer runtime than the README promises. pnpm itself only warns,
// and only about the Node it runs on; this checks the whole tree against the lowest version of the root
// package.json's engines.node, which .nvmrc, the Dockerfile and the README follow.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** @param {string} line */
const fail = (line) => {
  process.stderr.write(`check-engines: ${line}\n`);
  process.exit(1);
};

const supported = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).engines?.node;
const lowest = typeof supported === "string" ? semver.minVersion(supported) : null;
if (!lowest)
  fail(`the root package.json needs engines.node as a semver range (found ${JSON.stringify(supported)}).`);

// The other statements of the supported Node must say the same: each workspace package's engines.node, the major
// of .nvmrc (developers work on the lowest major) and of the Dockerfile's images, and the README's sentence.
const read = (file) => fs.readFileSync(path.join(root, file), "utf8");
const workspaces = [
  root,
  ...["apps", "packages"].flatMap((group) =>
    fs.existsSync(path.join(root, group))
      ? fs.readdirSync(path.join(root, group)).map((name) => path.join(root, group, name))
      : [],
  ),
];
const manifests = workspaces
  .map((dir) => path.relative(root, path.join(dir, "package.json")))
  .filter((file) => fs.existsSync(path.join(root, file)));
const disagreements = [
  ...manifests
    .filter((file) => JSON.parse(read(file)).engines?.node !== supported)
    .map((file) => `${file} has engines.node ${JSON.stringify(JSON.parse(read(file)).engines?.node)}`),
  ...(semver.major(semver.coerce(read(".nvmrc")) ?? "0.0.0") === lowest.major
    ? []
    : [`.nvmrc names ${JSON.stringify(read(".nvmrc").trim())}`]),
  ...[...read("Dockerfile").matchAll(/^FROM node:(\S+)/gm)]
    .filter(([, tag]) => semver.coerce(tag)?.major !== lowest.major)
    .map(([line]) => `Dockerfile has ${JSON.stringify(line)}`),
  ...(read("README.md").includes(`Node.js ${lowest.major}.${lowest.minor} or newer`)
    ? []
    : [`README.md does not say "Node.js ${lowest.major}.${lowest.minor} or newer"`]),
];
if (disagreements.length > 0) {
  fail(`these do not agree with the root engines.node "${supported}":\n  ${disagreements.join("\n  ")}`);
}

const store = path.join(root, "node_modules/.pnpm");
if (!fs.existsSync(store)) fail(`${store} is missing; run "pnpm install" first.`);

/**
 * The packages a node_modules folder links to, as real paths: pnpm links every dependency (a directory in its
 * virtual store, or a workspace package) by a symlink, scoped ones one level down.
 * @param {string} modules
 * @returns {string[]}
 */
function linkedFrom(modules) {
  if (!fs.existsSync(modules)) return [];
  return fs.readdirSync(modules, { withFileTypes: true }).flatMap((dirent) => {
    if (dirent.name.startsWith(".")) return [];
    const dir = path.join(modules, dirent.name);
    if (!dirent.name.startsWith("@")) return [fs.realpathSync(dir)];
    return fs.readdirSync(dir).map((scoped) => fs.realpathSync(path.join(dir, scoped)));
  });
}

/**
 * The node_modules folder holding a package's own dependencies: beside it in the virtual store
 * (.pnpm/<entry>/node_modules/<name>), inside it for a workspace package.
 * @param {string} dir
 */
function dependenciesOf(dir) {
  if (!dir.startsWith(store + path.sep)) return path.join(dir, "node_modules");
  const [entry] = path.relative(store, dir).split(path.sep);
  return path.join(store, entry, "node_modules");
}

// Walk what the workspace's projects reach, so entries a previous install left in the virtual store do not count.
const seen = new Set(workspaces);
const pending = workspaces.map((dir) => path.join(dir, "node_modules"));
const offenders = new Map();
let checked = 0;
while (pending.length > 0) {
  for (const dir of linkedFrom(pending.pop())) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    pending.push(dependenciesOf(dir));
    const manifestPath = path.join(dir, "package.json");
    if (!dir.startsWith(store + path.sep) || !fs.existsSync(manifestPath)) continue;
    const { name, version, engines } = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    checked += 1;
    const wanted = engines?.node;
    // Old manifests carry engines as an array of prose; pnpm ignores those too.
    if (typeof wanted !== "string" || wanted.trim() === "") continue;
    if (!semver.satisfies(lowest, wanted, { includePrerelease: true })) {
      offenders.set(`${name}@${version}`, wanted);
    }
  }
}

if (offenders.size > 0) {
  const lines = [...offenders]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pkg, wanted]) => `  ${pkg}: ${wanted}`);
  fail(
    `${offenders.size} installed package(s) do not accept Node ${lowest} (root engines.node "${supported}"):\n` +
      `${lines.join("\n")}\n` +
      "Pick a version whose engines.node accepts it (pnpm view <package>@<version> engines), or pin the transitive " +
      'one under "overrides" in pnpm-workspace.yaml.',
  );
}
process.stdout.write(
  `check-engines: all ${checked} installed packages accept Node ${lowest} ("${supported}").\n`,
);
