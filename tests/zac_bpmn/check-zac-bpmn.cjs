#!/usr/bin/env node
// check-zac-bpmn.cjs FILE.bpmn...
//
// tests/bpmn/check-bpmn.cjs for the ZAC export (exporters/zac/zac_bpmn.h):
// each file must
//   1. read in bpmn-moddle without a single warning;
//   2. pass bpmnlint's `recommended` rules without an error;
//   3. run to its end event in bpmn-engine, twice: once taking every
//      split's default, once taking each conditional flow once (the user
//      task before a split sets the split's decision variable, as its form
//      would), then the default.
// bpmn-engine knows neither ZAC's delegates nor Flowable's expressions, so
// this script stands in for both, strictly:
//   - a service task with flowable:class UpdateZaakJavaDelegate records the
//     status it sets (field statustypeOmschrijving, flowable:string or
//     flowable:expression) and fails, as ZAC does, on a status that is not
//     one of ZAC's five or on the eindstatus without a resultaat;
//   - a service task with flowable:expression and flowable:resultVariable
//     sets that variable to the expression's value;
//   - any other service task fails;
//   - expressions: ${NAME}, ${var:get(NAME)}, ${var:getOrDefault(NAME, 'x')}
//     and ${var:equals(NAME, 'x')} over the process variables, with JUEL's
//     string literals; anything else fails the run (Flowable's JUEL reads
//     more, but the export writes only these).
// Each run must end with "Afgerond" as the last status, with the resultaat
// that ZK_Result holds. Prints one line per file and finding; exits 1 when a
// file fails, 2 on bad usage.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { EventEmitter } = require('node:events');

const MAX_TASKS = 1000;
const TIMEOUT_MS = 20000;
const DELEGATE = 'net.atos.zac.flowable.delegate.UpdateZaakJavaDelegate';
const STATUSES = ['Intake', 'In behandeling', 'Heropend', 'Wacht op aanvullende informatie', 'Afgerond'];
const EINDSTATUS = 'Afgerond';

let finished = false;
process.on('exit', (code) => {
  if (!finished && code === 0) {
    console.log('check-zac-bpmn.cjs: stopped before checking every file');
    process.exitCode = 1;
  }
});

// Flowable's expressions, the few the export writes -----------------------------

// A JUEL string literal at `text` (single or double quotes, backslash escapes).
function juelString(text) {
  const quote = text[0];
  if (quote !== "'" && quote !== '"') throw new Error(`not a string literal: ${text}`);
  let value = '';
  for (let i = 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') {
      i += 1;
      value += text[i];
    } else if (c === quote) {
      if (i !== text.length - 1) throw new Error(`text after the string literal: ${text}`);
      return value;
    } else {
      value += c;
    }
  }
  throw new Error(`unterminated string literal: ${text}`);
}

const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_]*';
const FUNCTION_CALL = new RegExp(`^var:(equals|getOrDefault)\\((${IDENTIFIER}), (.*)\\)$`, 's');
const GET_CALL = new RegExp(`^var:get\\((${IDENTIFIER})\\)$`);
const VARIABLE = new RegExp(`^${IDENTIFIER}$`);

function flowableValue(expression, variables) {
  const match = /^\$\{(.*)\}$/s.exec(expression);
  if (!match) return expression; // a plain string
  const body = match[1];
  let found = FUNCTION_CALL.exec(body);
  if (found) {
    const [, fn, name, literal] = found;
    const value = juelString(literal);
    if (fn === 'equals') return variables[name] === value;
    return variables[name] === undefined || variables[name] === null ? value : variables[name];
  }
  found = GET_CALL.exec(body);
  if (found) return variables[found[1]];
  if (VARIABLE.test(body)) {
    if (!(body in variables)) throw new Error(`Flowable: unknown property ${body} in ${expression}`);
    return variables[body];
  }
  throw new Error(`an expression this check does not read (nor does the export write): ${expression}`);
}

// bpmn-engine's expression hook: only sequence-flow conditions come here
// (the service tasks evaluate their own fields).
function flowableExpressions() {
  return {
    resolveExpression(expression, context) {
      const variables = (context && context.environment && context.environment.variables) || {};
      return flowableValue(expression, variables);
    },
    isExpression: (text) => typeof text === 'string' && /^\$\{.+\}$/s.test(text),
    hasExpression: (text) => typeof text === 'string' && /\$\{.+\}/s.test(text),
  };
}

// ZAC's delegates, stood in for ----------------------------------------------------

// bpmn-engine keeps no attribute of another namespace, so the flowable:
// attributes come from bpmn-moddle's reading of the file, by element id.
function flowableAttributes(rootElement) {
  const byId = {};
  const visit = (element) => {
    if (!element || typeof element !== 'object') return;
    if (element.id && element.$attrs) byId[element.id] = element.$attrs;
    for (const child of element.flowElements || []) visit(child);
  };
  for (const element of rootElement.rootElements) visit(element);
  return byId;
}

function fieldsOf(behaviour) {
  const fields = {};
  const values = (behaviour && behaviour.extensionElements && behaviour.extensionElements.values) || [];
  for (const element of values) {
    if (element.$type !== 'flowable:field') continue;
    const value = (element.$children || [])[0];
    if (!value) throw new Error(`flowable:field ${element.name} without a value`);
    fields[element.name] = { kind: value.$type, text: value.$body === undefined ? '' : value.$body };
  }
  return fields;
}

function fieldValue(field, variables) {
  if (field.kind === 'flowable:string') return field.text;
  if (field.kind === 'flowable:expression') return flowableValue(field.text, variables);
  throw new Error(`field of kind ${field.kind}`);
}

function makeServiceClass(log, attributes) {
  function ZacService(activity) {
    this.activity = activity;
  }
  ZacService.prototype.execute = function execute(executionMessage, callback) {
    const activity = this.activity;
    const variables = activity.environment.variables;
    try {
      const attrs = attributes[activity.id] || {};
      if (attrs['flowable:class'] === DELEGATE) {
        const fields = fieldsOf(activity.behaviour);
        if (!fields.statustypeOmschrijving) throw new Error(`${activity.id}: no statustypeOmschrijving`);
        const status = fieldValue(fields.statustypeOmschrijving, variables);
        const resultaat = fields.resultaattypeOmschrijving
          ? fieldValue(fields.resultaattypeOmschrijving, variables)
          : undefined;
        if (!STATUSES.includes(status)) throw new Error(`${activity.id}: status "${status}" is not one of ZAC's`);
        if (status === EINDSTATUS && !resultaat) {
          throw new Error(`${activity.id}: the eindstatus without a resultaat (ZAC refuses it)`);
        }
        log.push({ id: activity.id, status, resultaat });
        return callback(null);
      }
      const expression = attrs['flowable:expression'];
      const resultVariable = attrs['flowable:resultVariable'];
      if (expression && resultVariable) {
        const value = flowableValue(expression, variables);
        variables[resultVariable] = value;
        log.push({ id: activity.id, variable: resultVariable, value });
        return callback(null);
      }
      throw new Error(`${activity.id}: a service task ZAC would not run (no ${DELEGATE}, no expression)`);
    } catch (error) {
      return callback(error);
    }
  };
  return ZacService;
}

// The checks --------------------------------------------------------------------------

async function loadModdle() {
  const { BpmnModdle } = await import(pathToFileURL(require.resolve('bpmn-moddle')).href);
  return BpmnModdle;
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

// For each user task followed by a split: the split's decision variable and
// the values of its conditional flows, in order.
function decisionsOf(rootElement) {
  const decisions = {};
  for (const process of rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process')) {
    for (const task of process.flowElements.filter((e) => e.$type === 'bpmn:UserTask')) {
      for (const out of task.outgoing || []) {
        const gateway = out.targetRef;
        if (!gateway || gateway.$type !== 'bpmn:ExclusiveGateway') continue;
        const choices = [];
        let variable;
        for (const flow of gateway.outgoing || []) {
          if (!flow.conditionExpression) continue;
          const match = /^\$\{var:equals\(([A-Za-z_][A-Za-z0-9_]*), (.*)\)\}$/s.exec(flow.conditionExpression.body);
          if (!match) throw new Error(`${flow.id}: a condition of another form: ${flow.conditionExpression.body}`);
          variable = match[1];
          choices.push(juelString(match[2]));
        }
        if (variable) decisions[task.id] = { variable, choices };
      }
    }
  }
  return decisions;
}

async function engineRun(xml, name, processIds, decisions, attributes, takeChoices) {
  const { Engine } = require('bpmn-engine');
  const log = [];
  const ZacService = makeServiceClass(log, attributes);
  const listener = new EventEmitter();
  const taken = {};
  let signalled = 0;
  let choicesTaken = 0;
  const ended = new Set();
  let runaway = false;
  listener.on('wait', (api) => {
    if (api.type !== 'bpmn:UserTask') return;
    signalled += 1;
    if (signalled > MAX_TASKS) {
      runaway = true;
      return;
    }
    const decision = decisions[api.id];
    if (decision) {
      // As the task's form would: the next conditional flow not yet taken,
      // else nothing (the default).
      const count = taken[api.id] || 0;
      const choice = takeChoices && count < decision.choices.length ? decision.choices[count] : undefined;
      taken[api.id] = count + 1;
      if (choice !== undefined) choicesTaken += 1;
      api.environment.variables[decision.variable] = choice;
    }
    api.signal();
  });
  listener.on('activity.end', (api) => {
    if (api.type === 'bpmn:EndEvent') ended.add(api.content.parent && api.content.parent.id);
  });
  const engine = new Engine({
    name,
    source: xml,
    expressions: flowableExpressions(),
    extensions: {
      zac(activity) {
        if (activity.type === 'bpmn:ServiceTask') activity.behaviour.Service = ZacService;
      },
    },
  });
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
    engine.stop();
  } finally {
    clearTimeout(timer);
  }
  const label = takeChoices ? 'each choice' : 'defaults';
  if (problems.length === 0) {
    for (const id of processIds) {
      if (!ended.has(id)) problems.push(`bpmn-engine (${label}): process ${id} did not reach an end event`);
    }
    // The eindstatus last, once, with the resultaat ZK_Result was set to
    // before it.
    const last = log[log.length - 1];
    const result = log.filter((entry) => entry.variable === 'ZK_Result').pop();
    if (!last || last.status !== EINDSTATUS) {
      problems.push(`the last status set was ${last ? `"${last.status}"` : 'none'}, not "${EINDSTATUS}"`);
    } else if (!result) {
      problems.push('ZK_Result was never set');
    } else if (last.resultaat !== result.value) {
      problems.push(`resultaat "${last.resultaat}" is not what ZK_Result was set to, "${result.value}"`);
    }
    const closings = log.filter((entry) => entry.status === EINDSTATUS).length;
    if (closings !== 1) problems.push(`"${EINDSTATUS}" set ${closings} times`);
  }
  const statuses = log.filter((entry) => entry.status).length;
  return {
    problems: problems.map((p) => (p.startsWith('bpmn-engine') ? p : `bpmn-engine (${label}): ${p}`)
      .replace(/^bpmn-engine: /, `bpmn-engine (${label}): `)),
    signalled,
    choicesTaken,
    statuses,
  };
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: check-zac-bpmn.cjs FILE.bpmn...');
    process.exit(2);
  }
  const BpmnModdle = await loadModdle();
  let failed = 0;
  let choices = 0;
  for (const file of files) {
    const name = path.basename(file);
    const problems = [];
    let lintWarnings = [];
    let summary = '';
    try {
      const xml = fs.readFileSync(file, 'utf8');
      const moddle = new BpmnModdle();
      const { rootElement, warnings } = await moddle.fromXML(xml);
      problems.push(...warnings.map((w) => `bpmn-moddle: ${w.message}`));
      const lint = await lintCheck(rootElement);
      problems.push(...lint.errors);
      lintWarnings = lint.warnings;
      const processIds = rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process').map((e) => e.id);
      const decisions = decisionsOf(rootElement);
      const attributes = flowableAttributes(rootElement);
      const defaults = await engineRun(xml, name, processIds, decisions, attributes, false);
      const each = await engineRun(xml, name, processIds, decisions, attributes, true);
      problems.push(...defaults.problems, ...each.problems);
      const expected = Object.values(decisions).reduce((n, d) => n + d.choices.length, 0);
      if (each.problems.length === 0 && expected > 0 && each.choicesTaken === 0) {
        problems.push('bpmn-engine (each choice): no conditional flow was taken');
      }
      choices += each.choicesTaken;
      summary = `${defaults.signalled}/${each.signalled} user tasks, ${defaults.statuses}/${each.statuses} statuses, ` +
        `${each.choicesTaken} of ${expected} conditional flows taken`;
    } catch (error) {
      problems.push(`cannot check: ${error.stack || error}`);
    }
    for (const warning of lintWarnings) console.log(`${name}: ${warning}`);
    if (problems.length > 0) {
      failed += 1;
      console.log(`FAIL ${name}`);
      for (const problem of problems) console.log(`  ${problem}`);
    } else {
      console.log(`ok   ${name} (${summary}, ${lintWarnings.length} lint warnings)`);
    }
  }
  console.log(`${files.length - failed} of ${files.length} files pass bpmn-moddle, bpmnlint and two bpmn-engine runs ` +
    `(${choices} conditional flows taken in all)`);
  finished = true;
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
