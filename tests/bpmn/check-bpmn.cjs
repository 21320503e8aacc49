#!/usr/bin/env node
// check-bpmn.cjs FILE.bpmn...
//
// Checks each BPMN file with three of bpmn.io's (and friends') tools, run
// from NODE_PATH (install-tools.sh puts them in BUILD_DIR/bpmn-tools):
//   1. bpmn-moddle reads it without a single warning (unknown elements,
//      unresolved references, bad attribute values all count);
//   2. bpmnlint with its `recommended` rules reports no error (warnings are
//      printed, not fatal);
//   3. bpmn-engine runs every process of it to an end event, signalling each
//      user task as it waits; more than MAX_TASKS user tasks or more than
//      TIMEOUT_MS means it did not end, and fails.
// Prints one line per file and per finding; exits 1 when any file fails, 2
// on bad usage.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { EventEmitter } = require('node:events');

const MAX_TASKS = 1000;

// A promise nobody settles lets Node exit with status 0 in mid-run; count
// that as a failure, not a pass.
let finished = false;
process.on('exit', (code) => {
  if (!finished && code === 0) {
    console.log('check-bpmn.cjs: stopped before checking every file');
    process.exitCode = 1;
  }
});
const TIMEOUT_MS = 20000;

async function loadModdle() {
  // bpmn-moddle is an ES module; import() does not read NODE_PATH, so
  // resolve it the CommonJS way first.
  const { BpmnModdle } = await import(pathToFileURL(require.resolve('bpmn-moddle')).href);
  return BpmnModdle;
}

async function moddleCheck(BpmnModdle, xml) {
  const moddle = new BpmnModdle();
  const { rootElement, warnings } = await moddle.fromXML(xml);
  return { rootElement, problems: warnings.map((w) => `bpmn-moddle: ${w.message}`) };
}

async function lintCheck(rootElement) {
  const { Linter } = require('bpmnlint');
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
  const linter = new Linter({
    config: { extends: 'bpmnlint:recommended' },
    resolver: new NodeResolver({ require }),
  });
  const results = await linter.lint(rootElement);
  const errors = [];
  const warnings = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const line = `bpmnlint ${rule} (${report.category}): ${report.id}: ${report.message}`;
      (report.category === 'error' ? errors : warnings).push(line);
    }
  }
  return { errors, warnings };
}

async function engineCheck(xml, name, processIds) {
  const { Engine } = require('bpmn-engine');
  const listener = new EventEmitter();
  let signalled = 0;
  const ended = new Set();
  let runaway = false;
  listener.on('wait', (api) => {
    if (api.type !== 'bpmn:UserTask') return;
    signalled += 1;
    if (signalled > MAX_TASKS) {
      runaway = true;
      return;
    }
    api.signal();
  });
  listener.on('activity.end', (api) => {
    if (api.type === 'bpmn:EndEvent') ended.add(api.content.parent && api.content.parent.id);
  });
  const engine = new Engine({ name, source: xml });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no end within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  const problems = [];
  try {
    const end = engine.waitFor('end');
    await engine.execute({ listener });
    await Promise.race([end, timeout]);
  } catch (error) {
    problems.push(`bpmn-engine: ${runaway ? `more than ${MAX_TASKS} user tasks, a loop` : error.message}`);
    // Not awaited: a stopped engine's promise may never settle.
    engine.stop();
  } finally {
    clearTimeout(timer);
  }
  if (problems.length === 0) {
    for (const id of processIds) {
      if (!ended.has(id)) problems.push(`bpmn-engine: process ${id} did not reach an end event`);
    }
  }
  return { problems, signalled };
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: check-bpmn.cjs FILE.bpmn...');
    process.exit(2);
  }
  const BpmnModdle = await loadModdle();
  let failed = 0;
  const warningCounts = {};
  for (const file of files) {
    const name = path.basename(file);
    const problems = [];
    let lintWarnings = [];
    let signalled = 0;
    try {
      const xml = fs.readFileSync(file, 'utf8');
      const { rootElement, problems: moddleProblems } = await moddleCheck(BpmnModdle, xml);
      problems.push(...moddleProblems);
      const lint = await lintCheck(rootElement);
      problems.push(...lint.errors);
      lintWarnings = lint.warnings;
      const processIds = rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process').map((e) => e.id);
      const engine = await engineCheck(xml, name, processIds);
      problems.push(...engine.problems);
      signalled = engine.signalled;
    } catch (error) {
      problems.push(`cannot check: ${error.stack || error}`);
    }
    for (const warning of lintWarnings) {
      const rule = warning.split(' ')[1];
      warningCounts[rule] = (warningCounts[rule] || 0) + 1;
      console.log(`${name}: ${warning}`);
    }
    if (problems.length > 0) {
      failed += 1;
      console.log(`FAIL ${name}`);
      for (const problem of problems) console.log(`  ${problem}`);
    } else {
      console.log(`ok   ${name} (${signalled} user tasks signalled, ${lintWarnings.length} lint warnings)`);
    }
  }
  console.log(`lint warnings by rule: ${JSON.stringify(warningCounts)}`);
  console.log(`${files.length - failed} of ${files.length} files pass bpmn-moddle, bpmnlint and bpmn-engine`);
  finished = true;
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
