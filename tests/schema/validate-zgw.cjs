#!/usr/bin/env node
// validate-zgw.cjs: check exported ZGW Catalogi objects against the Open Zaak
// OpenAPI spec (the <Name>Request schemas) and check that their URLs refer to
// each other consistently.
//
//   node validate-zgw.cjs --spec OPENAPI.yaml [--selectielijst-base URL]
//        [--allow-url-prefix PREFIX]... (--openzaak-dir DIR | --zgw-json FILE...)
//
// CommonJS on purpose: the test runner passes NODE_PATH=<build>/npm-tools/node_modules
// (see install-tools.sh), and NODE_PATH only works for require().
//
// Exit: 0 no problems, 1 problems found, 2 usage or I/O error (unreadable file,
// malformed JSON, unusable spec).
'use strict';

const fs = require('fs');
const path = require('path');

const USAGE = `usage: node validate-zgw.cjs --spec OPENAPI.yaml [--selectielijst-base URL]
                         [--allow-url-prefix PREFIX]...
                         (--openzaak-dir DIR | --zgw-json FILE...)

  --spec FILE               Open Zaak Catalogi API OpenAPI 3.0 document (YAML or JSON)
  --selectielijst-base URL  URLs under this base may be referenced from outside the
                            export (default https://selectielijst.openzaak.nl/api/v1)
  --allow-url-prefix P      also accept references to URLs starting with P (repeatable;
                            e.g. a PDC for productenOfDiensten). Default: none.
  --openzaak-dir DIR        unzipped Open Zaak catalogus-import ZIP (<Resource>.json files)
  --zgw-json FILE...        one or more blokjessessie-zgw documents (each checked on its own)

Exit status: 0 no problems, 1 problems found, 2 usage or I/O error.`;

// The nine resources: import file, Request schema, URL collection segment, and
// the member of a zgw-json document that holds them (single = one object).
const RESOURCES = [
  { name: 'Catalogus', segment: 'catalogussen', zgwKey: 'catalogus', single: true },
  { name: 'ZaakType', segment: 'zaaktypen', zgwKey: 'zaaktype', single: true },
  { name: 'StatusType', segment: 'statustypen', zgwKey: 'statustypen' },
  { name: 'RolType', segment: 'roltypen', zgwKey: 'roltypen' },
  { name: 'ResultaatType', segment: 'resultaattypen', zgwKey: 'resultaattypen' },
  { name: 'Eigenschap', segment: 'eigenschappen', zgwKey: 'eigenschappen' },
  { name: 'InformatieObjectType', segment: 'informatieobjecttypen', zgwKey: 'informatieobjecttypen' },
  { name: 'ZaakTypeInformatieObjectType', segment: 'zaaktype-informatieobjecttypen',
    zgwKey: 'zaaktypeInformatieobjecttypen' },
  { name: 'BesluitType', segment: 'besluittypen', zgwKey: 'besluittypen' },
];
const BY_NAME = new Map(RESOURCES.map((r) => [r.name, r]));
// Open Zaak's import reads the files in this order (IMPORT_ORDER).
const IMPORT_ORDER = ['Catalogus', 'InformatieObjectType', 'BesluitType', 'ZaakType',
  'ZaakTypeInformatieObjectType', 'ResultaatType', 'RolType', 'StatusType', 'Eigenschap'];
const MUST_BE_NON_EMPTY = new Set(['Catalogus', 'ZaakType']);

// Which kind of object a URL under this property name must point at (at any
// depth; for arrays, each element). Request fields from docs/catalogi-reference.md
// section 2, plus the read-only URL lists of the response representations.
const REF_KIND = {
  catalogus: 'Catalogus',
  zaaktype: 'ZaakType',
  zaaktypen: 'ZaakType',
  deelzaaktypen: 'ZaakType',
  besluittypen: 'BesluitType',
  informatieobjecttype: 'InformatieObjectType',
  informatieobjecttypen: 'InformatieObjectType',
  statustype: 'StatusType',
  statustypen: 'StatusType',
  resultaattypen: 'ResultaatType',
  roltypen: 'RolType',
  eigenschappen: 'Eigenschap',
};
// Properties that must hold a URL of the Selectielijst API (collection segment).
const SELECTIELIJST_KIND = {
  selectielijstProcestype: 'procestypen',
  selectielijstklasse: 'resultaten',
  resultaattypeomschrijving: 'resultaattypeomschrijvingen',
};

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const OWN_URL_RE = /^(https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?)\/([^/?#\s]+)\/([^/?#\s]+)$/i;
const HTTP_RE = /^https?:\/\//i;

class UsageError extends Error {}
class IoError extends Error {}

function parseArgs(argv) {
  const opts = { spec: null, selectielijstBase: 'https://selectielijst.openzaak.nl/api/v1',
    allowPrefixes: [], openzaakDir: null, zgwJson: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '-h': case '--help': process.stdout.write(USAGE + '\n'); process.exit(0); break;
      case '--spec': opts.spec = value(); break;
      case '--selectielijst-base': opts.selectielijstBase = value(); break;
      case '--allow-url-prefix': opts.allowPrefixes.push(value()); break;
      case '--openzaak-dir': opts.openzaakDir = value(); break;
      case '--zgw-json':
        opts.zgwJson = opts.zgwJson || [];
        while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opts.zgwJson.push(argv[++i]);
        break;
      default:
        throw new UsageError(`unknown argument '${a}'`);
    }
  }
  if (!opts.spec) throw new UsageError('--spec is required');
  if (!!opts.openzaakDir === !!opts.zgwJson) throw new UsageError('give exactly one of --openzaak-dir and --zgw-json');
  if (opts.zgwJson && opts.zgwJson.length === 0) throw new UsageError('--zgw-json needs at least one file');
  if (!HTTP_RE.test(opts.selectielijstBase)) throw new UsageError('--selectielijst-base must be an http(s) URL');
  opts.selectielijstBase = opts.selectielijstBase.replace(/\/+$/, '');
  return opts;
}

function loadModules() {
  try {
    return { Ajv: require('ajv').default || require('ajv'), addFormats: require('ajv-formats').default || require('ajv-formats'),
      yaml: require('js-yaml') };
  } catch (e) {
    throw new IoError(`cannot load ajv/ajv-formats/js-yaml (${e.message.split('\n')[0]}); ` +
      'run tests/schema/install-tools.sh <build-dir> and set NODE_PATH=<build-dir>/npm-tools/node_modules');
  }
}

// ---------------------------------------------------------------- the spec

const NULL_BRANCH = 'x-validate-zgw-null-branch';
const NULL_WRAPPER = 'x-validate-zgw-nullable';

// OpenAPI 3.0 `nullable: true` is not JSON Schema. Ajv 8 understands it only
// next to `type` and throws '"nullable" cannot be used without "type"' for the
// spec's `allOf: [$ref] + nullable` properties, so rewrite it everywhere:
// with a type, add "null" to the type (and to an enum); without one, wrap the
// schema in anyOf [null, schema].
function rewriteNullable(node) {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = rewriteNullable(v);
  if (typeof out.nullable !== 'boolean') return out;
  const nullable = out.nullable;
  delete out.nullable;
  if (!nullable) return out;
  if (out.type !== undefined) {
    const types = Array.isArray(out.type) ? out.type : [out.type];
    if (!types.includes('null')) out.type = [...types, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  const wrapper = { [NULL_WRAPPER]: true };
  for (const k of ['title', 'description', 'readOnly', 'writeOnly', 'example', 'default']) {
    if (k in out) { wrapper[k] = out[k]; delete out[k]; }
  }
  wrapper.anyOf = [{ type: 'null', [NULL_BRANCH]: true }, out];
  return wrapper;
}

// drf-spectacular (which generated the Open Zaak spec) writes `minLength: 1`
// on every string field that does not allow blank (`allow_blank=False`). A
// URLField or EmailField without minLength is a blank-allowed field: the API
// accepts and returns "" for it (e.g. `referentieproces.link`,
// `contactpersoonBeheerEmailadres`), while JSON Schema's `format: uri` would
// reject "". So such fields get a format that also accepts "". Date and
// duration fields never accept "" in DRF and keep their plain format.
const BLANK_OK_FORMATS = { uri: 'uri-or-blank', email: 'email-or-blank' };
function allowBlankFormats(node) {
  if (Array.isArray(node)) { node.forEach(allowBlankFormats); return node; }
  if (node === null || typeof node !== 'object') return node;
  for (const v of Object.values(node)) allowBlankFormats(v);
  if (typeof node.format === 'string' && BLANK_OK_FORMATS[node.format] && !(node.minLength > 0)) {
    node.format = BLANK_OK_FORMATS[node.format];
  }
  return node;
}

function addBlankFormats(ajv) {
  const full = require('ajv-formats/dist/formats').fullFormats;
  const check = (f) => (typeof f === 'function' ? f : f instanceof RegExp ? (s) => f.test(s) : f.validate);
  for (const [base, name] of Object.entries(BLANK_OK_FORMATS)) {
    const test = check(full[base]);
    ajv.addFormat(name, { type: 'string', validate: (s) => s === '' || test(s) });
  }
}

function loadSpec(specPath, mods) {
  let text;
  try { text = fs.readFileSync(specPath, 'utf8'); } catch (e) { throw new IoError(`${specPath}: cannot read spec: ${e.message}`); }
  let doc;
  try { doc = mods.yaml.load(text); } catch (e) { throw new IoError(`${specPath}: not valid YAML: ${e.message.split('\n')[0]}`); }
  if (!doc || typeof doc !== 'object' || !doc.components || !doc.components.schemas) {
    throw new IoError(`${specPath}: not an OpenAPI document (no components.schemas)`);
  }
  if (!/^3\.0\./.test(String(doc.openapi))) {
    throw new IoError(`${specPath}: expected OpenAPI 3.0.x, found openapi: ${doc.openapi}`);
  }
  const schemas = doc.components.schemas;
  for (const r of RESOURCES) {
    if (!schemas[`${r.name}Request`]) throw new IoError(`${specPath}: no components.schemas.${r.name}Request`);
  }
  const ajv = new mods.Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false });
  mods.addFormats(ajv); // "full" mode: date checks the calendar, uri needs a scheme
  addBlankFormats(ajv);
  const SPEC_ID = 'zgw-openapi-spec';
  const processed = allowBlankFormats(rewriteNullable(doc));
  // strict: false would let Ajv skip a format it does not know with only a
  // warning, so refuse to go on when the spec uses one.
  const unknown = new Set();
  (function formats(node) {
    if (Array.isArray(node)) node.forEach(formats);
    else if (node && typeof node === 'object') {
      if (typeof node.format === 'string' && !ajv.formats[node.format]) unknown.add(node.format);
      Object.values(node).forEach(formats);
    }
  })(processed.components.schemas);
  if (unknown.size) throw new IoError(`${specPath}: uses formats that cannot be checked: ${[...unknown].join(', ')}`);
  ajv.addSchema(processed, SPEC_ID); // the whole document, so #/components/... refs resolve
  const validators = new Map();
  const knownProps = new Map();
  for (const r of RESOURCES) {
    const ref = `${SPEC_ID}#/components/schemas/${r.name}Request`;
    let v;
    try { v = ajv.getSchema(ref); } catch (e) { throw new IoError(`${specPath}: cannot compile ${r.name}Request: ${e.message}`); }
    if (!v) throw new IoError(`${specPath}: cannot resolve ${ref}`);
    validators.set(r.name, v);
    // Fields of the request plus the read-only fields of the response: anything
    // else on an exported object is a typo that Open Zaak would silently drop.
    const props = new Set(['url']);
    for (const s of [schemas[`${r.name}Request`], schemas[r.name]]) {
      if (s && s.properties) for (const p of Object.keys(s.properties)) props.add(p);
    }
    knownProps.set(r.name, props);
  }
  return { validators, knownProps, version: doc.info && doc.info.version };
}

// ---------------------------------------------------------------- problems

const MAX_SHOWN = 60;
function show(value, max = MAX_SHOWN) {
  let s;
  try { s = JSON.stringify(value); } catch (e) { s = String(value); }
  if (s === undefined) s = String(value);
  return s.length > max ? s.slice(0, max - 3) + '...' : s;
}

// Turn Ajv's errors into "<instancePath> <message>" strings, dropping the noise
// of our nullable wrappers and merging enum alternatives (oneOf [Enum, BlankEnum]).
function describeErrors(errors) {
  const list = errors.filter((e) => !(e.parentSchema && (e.parentSchema[NULL_BRANCH] || e.parentSchema[NULL_WRAPPER])));
  const out = [];
  const oneOfPaths = new Set(list.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const mergedEnum = new Map(); // instancePath -> {values, data}
  for (const e of list) {
    if (e.keyword === 'enum' && oneOfPaths.has(e.instancePath)) {
      const m = mergedEnum.get(e.instancePath) || { values: [], data: e.data };
      m.values.push(...e.params.allowedValues);
      mergedEnum.set(e.instancePath, m);
    }
  }
  const seen = new Set();
  for (const e of list) {
    const where = e.instancePath || '(root)';
    let msg;
    if (mergedEnum.has(e.instancePath) && (e.keyword === 'enum' || e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
      const m = mergedEnum.get(e.instancePath);
      msg = `must be one of ${m.values.map((v) => show(v)).join(', ')} (got ${show(m.data)})`;
    } else if (e.keyword === 'enum') {
      msg = `must be one of ${e.params.allowedValues.map((v) => show(v)).join(', ')} (got ${show(e.data)})`;
    } else if (e.keyword === 'type') {
      const types = Array.isArray(e.params.type) ? e.params.type : String(e.params.type).split(',');
      msg = `must be ${types.join(' or ')} (got ${show(e.data)})`;
    } else if (e.keyword === 'required') {
      msg = `must have required property '${e.params.missingProperty}'`;
    } else if (e.keyword === 'format' || e.keyword === 'maxLength' || e.keyword === 'minLength' ||
               e.keyword === 'minimum' || e.keyword === 'maximum') {
      msg = e.keyword === 'format' && /-or-blank$/.test(e.params.format)
        ? `must match format "${e.params.format.replace(/-or-blank$/, '')}" or be "" (got ${show(e.data)})`
        : `${e.message} (got ${show(e.data)})`;
    } else {
      msg = e.message;
    }
    const line = `${where} ${msg}`;
    if (!seen.has(line)) { seen.add(line); out.push(line); }
  }
  return out;
}

// ---------------------------------------------------------------- checking a set

// One "set" = the objects of one export (one Open Zaak dir, or one zgw-json file).
// entries: [{ resource, index, item, file }]
function checkSet(entries, ctx, report) {
  const { validators, knownProps } = ctx.spec;
  const urls = new Map(); // url -> entry
  const uuids = new Map(); // uuid -> entry
  const label = (en) => `${en.resource}[${en.index}]`;
  let firstBase = null; // { base, en } of the first object with a well-formed url

  // Pass 1: schema, own url.
  for (const en of entries) {
    const item = en.item;
    en.url = item && typeof item === 'object' && !Array.isArray(item) && typeof item.url === 'string' ? item.url : null;
    const p = (msg) => report(en, msg);
    const v = validators.get(en.resource);
    if (!v(item)) for (const line of describeErrors(v.errors)) p(line);
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;

    const known = knownProps.get(en.resource);
    for (const k of Object.keys(item)) {
      if (!known.has(k)) p(`/${k} is not a property of ${en.resource} in the spec`);
    }
    if (en.url === null) { p(`/url must be a string (the object's own URL)`); continue; }
    const m = OWN_URL_RE.exec(en.url);
    if (!m || !UUID_RE.test(m[3])) {
      p(`/url must end in /${BY_NAME.get(en.resource).segment}/<uuid> (got ${show(en.url, Infinity)})`);
    } else {
      const [, base, segment, uuid] = m;
      const expected = BY_NAME.get(en.resource).segment;
      if (segment !== expected) p(`/url must be a .../${expected}/<uuid> URL for a ${en.resource} (got .../${segment}/...)`);
      if (firstBase === null) firstBase = { base, en };
      else if (base !== firstBase.base) {
        p(`/url has API base ${base}, but ${label(firstBase.en)} has ${firstBase.base}: one export uses one base`);
      }
      const key = uuid.toLowerCase();
      const prev = uuids.get(key);
      if (!prev) uuids.set(key, en);
      else if (prev.url !== en.url) p(`/url reuses the UUID of ${label(prev)} (${prev.url})`);
    }
    if (urls.has(en.url)) p(`/url duplicates the url of ${label(urls.get(en.url))}`);
    else urls.set(en.url, en);
  }

  // Pass 2: every URL inside an object must resolve within the set (or be a
  // Selectielijst / explicitly allowed external URL), and point at the right kind.
  const slBase = ctx.selectielijstBase + '/';
  const checkUrl = (en, pointer, key, value) => {
    const p = (msg) => report(en, `${pointer} ${msg}`);
    const slSegment = SELECTIELIJST_KIND[key];
    if (slSegment) {
      const rest = value.startsWith(slBase) ? value.slice(slBase.length) : null;
      const parts = rest === null ? null : rest.split('/');
      if (!parts || parts.length !== 2 || parts[0] !== slSegment || !UUID_RE.test(parts[1])) {
        p(`must be a Selectielijst URL ${slBase}${slSegment}/<uuid> (got ${show(value, Infinity)})`);
      }
      return;
    }
    const target = urls.get(value);
    const kind = REF_KIND[key];
    if (target) {
      if (kind && target.resource !== kind) p(`must refer to a ${kind}, but ${show(value, Infinity)} is ${label(target)}, a ${target.resource}`);
      return;
    }
    if (value.startsWith(slBase)) {
      if (kind) p(`must refer to a ${kind} in this export, not to the Selectielijst (got ${show(value, Infinity)})`);
      return;
    }
    if (ctx.allowPrefixes.some((pre) => value.startsWith(pre))) return;
    p(`dangling URL ${show(value, Infinity)}: not the url of any object in this export` +
      (kind ? ` (expected a ${kind})` : '') + ' nor under the Selectielijst base');
  };
  const walk = (en, node, pointer, key) => {
    if (typeof node === 'string') {
      if (HTTP_RE.test(node)) checkUrl(en, pointer, key, node);
    } else if (Array.isArray(node)) {
      node.forEach((v, i) => walk(en, v, `${pointer}/${i}`, key));
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (pointer === '' && k === 'url') continue; // the object's own url
        walk(en, v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k);
      }
    }
  };
  for (const en of entries) {
    if (en.item && typeof en.item === 'object' && !Array.isArray(en.item)) walk(en, en.item, '', null);
  }
}

// ---------------------------------------------------------------- inputs

function readJson(file) {
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new IoError(`${file}: cannot read: ${e.message}`); }
  try { return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); } catch (e) {
    throw new IoError(`${file}: malformed JSON: ${e.message}`);
  }
}

function collectOpenZaakDir(dir, ctx) {
  let names;
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a directory');
    names = fs.readdirSync(dir);
  } catch (e) { throw new IoError(`${dir}: cannot read directory: ${e.message}`); }
  const expected = new Set(IMPORT_ORDER.map((n) => `${n}.json`));
  for (const n of names.sort()) {
    if (!expected.has(n)) ctx.fileProblem(path.join(dir, n), `unexpected file: an Open Zaak import holds only ${[...expected].join(', ')}`);
  }
  const entries = [];
  for (const name of IMPORT_ORDER) {
    const file = path.join(dir, `${name}.json`);
    if (!names.includes(`${name}.json`)) {
      if (MUST_BE_NON_EMPTY.has(name)) ctx.fileProblem(file, `missing: every export needs ${name}.json with at least one ${name}`);
      continue; // other files may be left out when they would hold []
    }
    let data;
    try { data = readJson(file); } catch (e) { ctx.ioError(e.message); continue; }
    if (!Array.isArray(data)) { ctx.fileProblem(file, `must hold a JSON array of ${name} objects (got ${data === null ? 'null' : typeof data})`); continue; }
    if (data.length === 0 && MUST_BE_NON_EMPTY.has(name)) ctx.fileProblem(file, `must hold at least one ${name}`);
    data.forEach((item, index) => entries.push({ resource: name, index, item, file }));
  }
  return entries;
}

const ZGW_KEYS = ['format', 'version', ...RESOURCES.map((r) => r.zgwKey)];

function collectZgwJson(file, ctx) {
  let doc;
  try { doc = readJson(file); } catch (e) { ctx.ioError(e.message); return null; }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    ctx.fileProblem(file, 'must be a JSON object (a blokjessessie-zgw document)');
    return null;
  }
  if (doc.format !== 'blokjessessie-zgw') ctx.fileProblem(file, `/format must be "blokjessessie-zgw" (got ${show(doc.format)})`);
  if (doc.version !== 1) ctx.fileProblem(file, `/version must be 1 (got ${show(doc.version)})`);
  for (const k of Object.keys(doc)) if (!ZGW_KEYS.includes(k)) ctx.fileProblem(file, `/${k} is not a member of a blokjessessie-zgw document`);
  const entries = [];
  for (const r of RESOURCES) {
    const v = doc[r.zgwKey];
    if (r.single) {
      if (v === undefined) { ctx.fileProblem(file, `/${r.zgwKey} is missing`); continue; }
      if (!v || typeof v !== 'object' || Array.isArray(v)) { ctx.fileProblem(file, `/${r.zgwKey} must be an object`); continue; }
      entries.push({ resource: r.name, index: 0, item: v, file });
    } else {
      if (v === undefined) { ctx.fileProblem(file, `/${r.zgwKey} is missing (use [] when there are none)`); continue; }
      if (!Array.isArray(v)) { ctx.fileProblem(file, `/${r.zgwKey} must be an array`); continue; }
      v.forEach((item, index) => entries.push({ resource: r.name, index, item, file }));
    }
  }
  return entries;
}

// ---------------------------------------------------------------- main

function main(argv) {
  let opts;
  try { opts = parseArgs(argv); } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`validate-zgw: ${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  let problems = 0;
  let ioErrors = 0;
  let items = 0;
  const out = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
  const ctx = {
    selectielijstBase: opts.selectielijstBase,
    allowPrefixes: opts.allowPrefixes,
    fileProblem: (file, msg) => { problems++; out.push(`${file}: ${msg}`); },
    ioError: (msg) => { ioErrors++; flush(); process.stderr.write(`validate-zgw: error: ${msg}\n`); },
  };
  // Problems of an object are collected on it and printed in object order.
  const report = (en, msg) => {
    problems++;
    (en.problems = en.problems || []).push(msg);
  };
  try {
    ctx.spec = loadSpec(opts.spec, loadModules());
  } catch (e) {
    if (e instanceof IoError) { process.stderr.write(`validate-zgw: error: ${e.message}\n`); return 2; }
    throw e;
  }
  const sets = [];
  try {
    if (opts.openzaakDir) sets.push(collectOpenZaakDir(opts.openzaakDir, ctx));
    else for (const f of opts.zgwJson) { const s = collectZgwJson(f, ctx); if (s) sets.push(s); }
  } catch (e) {
    if (e instanceof IoError) { ctx.ioError(e.message); } else throw e;
  }
  for (const entries of sets) {
    items += entries.length;
    checkSet(entries, ctx, report);
    for (const en of entries) {
      const where = `${en.file}: ${en.resource}[${en.index}] (${en.url === null || en.url === undefined ? 'no url' : en.url})`;
      for (const msg of en.problems || []) out.push(`${where}: ${msg}`);
    }
    flush();
  }
  flush();
  process.stdout.write(`validate-zgw: ${items} items checked, ${problems} problems\n`);
  if (ioErrors) return 2;
  return problems ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
module.exports = { rewriteNullable, main };
