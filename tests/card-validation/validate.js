#!/usr/bin/env node
// Validates Adaptive Card JSON with the real adaptivecards client library (the renderer Web Chat bundles).
//
//   node validate.js [--target 1.5] card1.json card2.json ...   (or a card / an array of cards on stdin)
//
// Per card: the JSON parses; it is an AdaptiveCard of the target version; the library parses it without events
// (unknown element types, invalid enum values, ...); validateProperties() reports nothing; and every property is one
// the library knows for that object and that exists in the target version (the library silently drops misspelt
// properties such as "Weight", so this is checked by walking the card against the library's own property schemas).
// The npm package ships no JSON schema of version 1.5 (only its internal serialization schema), so there is no
// separate JSON-schema pass. Prints one line per card and exits 1 when any card is invalid, 2 on a usage error.
'use strict';

const fs = require('fs');
const path = require('path');
// lib/ is ES modules with extensionless imports that Node cannot resolve; dist/ is the UMD bundle browsers load.
const AC = require('adaptivecards/dist/adaptivecards.js');
const libraryVersion = require('adaptivecards/package.json').version;

function usage(message) {
  process.stderr.write(`${message}\nusage: node validate.js [--target 1.5] FILE.json... (or cards on stdin)\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const files = [];
  let target = '1.5';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--target') {
      target = argv[++i];
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      usage('Validates Adaptive Card JSON files with the adaptivecards library.');
    } else {
      files.push(argv[i]);
    }
  }
  const version = AC.Version.parse(target, new AC.SerializationContext());
  if (!version || !version.isValid) usage(`invalid --target '${target}'`);
  return { files, target: version };
}

// Collection properties the library parses outside its property schemas, per object kind or element type.
const COLLECTIONS = {
  card: { body: 'element', actions: 'action' },
  Container: { items: 'element' },
  Column: { items: 'element' },
  TableCell: { items: 'element' },
  ColumnSet: { columns: 'column' },
  Table: { columns: 'tableColumn', rows: 'row' },
  TableRow: { cells: 'cell' },
  FactSet: { facts: 'fact' },
  ActionSet: { actions: 'action' },
};
const ALWAYS = new Set(['type', 'fallback']);

function instanceFor(kind, type, target) {
  switch (kind) {
    case 'card': return { object: new AC.AdaptiveCard(), name: 'AdaptiveCard' };
    case 'fact': return { object: new AC.Fact(), name: 'Fact' };
    case 'tableColumn': return { object: new AC.TableColumnDefinition(), name: 'TableColumnDefinition' };
    case 'column': return { object: new AC.Column(), name: 'Column' };
    case 'row': return { object: new AC.TableRow(), name: 'TableRow' };
    case 'cell': return { object: new AC.TableCell(), name: 'TableCell' };
    default: {
      const registry = kind === 'action' ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
      const registration = registry.findByName(type);
      if (!registration) return { error: `unknown ${kind} type "${type}"` };
      if (!AC.isVersionLessOrEqual(registration.schemaVersion, target)) {
        return { error: `${type} needs schema ${registration.schemaVersion}` };
      }
      return { object: registry.createInstance(type, target), name: type };
    }
  }
}

function walk(json, kind, where, target, errors, counts) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    errors.push(`${where}: expected an object`);
    return;
  }
  const { object, name, error } = instanceFor(kind, json.type, target);
  if (error) {
    errors.push(`${where}: ${error}`);
    return;
  }
  if (['row', 'cell', 'column'].includes(kind) && json.type !== undefined && json.type !== name) {
    errors.push(`${where}: type "${json.type}" where ${name} was expected`);
  }
  if (kind === 'element') counts.elements++;
  if (kind === 'action') counts.actions++;
  const schema = object.getSchema();
  const known = new Map();
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    known.set(property.name, property);
  }
  const collections = COLLECTIONS[kind === 'card' ? 'card' : name] || {};
  for (const key of Object.keys(json)) {
    if (ALWAYS.has(key) || key in collections) continue;
    const property = known.get(key);
    if (!property) {
      errors.push(`${where}: unknown property "${key}" on ${name}`);
    } else if (property.targetVersion && !AC.isVersionLessOrEqual(property.targetVersion, target)) {
      errors.push(`${where}: ${name}.${key} needs schema ${property.targetVersion}`);
    }
  }
  for (const [key, childKind] of Object.entries(collections)) {
    if (json[key] === undefined) continue;
    if (!Array.isArray(json[key])) {
      errors.push(`${where}.${key}: expected an array`);
      continue;
    }
    json[key].forEach((child, i) => walk(child, childKind, `${where}.${key}[${i}]`, target, errors, counts));
  }
  if (json.selectAction !== undefined) walk(json.selectAction, 'action', `${where}.selectAction`, target, errors, counts);
}

function events(list) {
  return list.map((e) => `${AC.ValidationEvent[e.event] || e.event}: ${e.message}`);
}

function validate(json, target) {
  const errors = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { errors: ['not a JSON object'] };
  if (json.type !== 'AdaptiveCard') errors.push(`type is "${json.type}", expected "AdaptiveCard"`);
  if (json.version !== target.toString()) errors.push(`version is "${json.version}", expected "${target}"`);

  // The library checks "lang" with a static /^[a-z]{2,3}$/gi: a global regex keeps its lastIndex between exec()
  // calls, so every second card with a lang fails to parse it in one process. Reset it so each card is judged alone
  // (Web Chat 4.18 parses with ignoreErrors, so there the lang of every second card is silently dropped).
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const context = new AC.SerializationContext(target);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const parseEvents = [];
  for (let i = 0; i < context.eventCount; i++) parseEvents.push(context.getEventAt(i));
  errors.push(...events(parseEvents).map((m) => `parse: ${m}`));
  errors.push(...events(card.validateProperties().validationEvents).map((m) => `validate: ${m}`));
  const counts = { elements: 0, actions: 0 };
  walk(json, 'card', '$', target, errors, counts);
  return { errors, ...counts };
}

function withoutBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readCards(files) {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) {
    const text = fs.readFileSync(0, 'utf8');
    const parsed = JSON.parse(withoutBom(text));
    return (Array.isArray(parsed) ? parsed : [parsed]).map((card, i) => ({ name: `stdin[${i}]`, card }));
  }
  return files.map((file) => {
    try {
      return { name: path.basename(file), card: JSON.parse(withoutBom(fs.readFileSync(file, 'utf8'))) };
    } catch (e) {
      return { name: path.basename(file), failure: e.code === 'ENOENT' ? 'file not found' : `invalid JSON: ${e.message}` };
    }
  });
}

function main() {
  const { files, target } = parseArgs(process.argv.slice(2));
  let cards;
  try {
    cards = readCards(files);
  } catch (e) {
    usage(`stdin: invalid JSON: ${e.message}`);
  }
  let invalid = 0;
  for (const { name, card, failure } of cards) {
    let result;
    try {
      result = failure ? { errors: [failure] } : validate(card, target);
    } catch (e) {
      result = { errors: [`the library threw: ${e.message}`] };
    }
    if (result.errors.length > 0) {
      invalid++;
      process.stdout.write(`FAIL ${name}: ${result.errors.join(' | ')}\n`);
    } else {
      process.stdout.write(`ok   ${name}: ${result.elements} elements, ${result.actions} actions\n`);
    }
  }
  process.stdout.write(`adaptivecards ${libraryVersion}, schema ${target}: ${cards.length - invalid} valid, ${invalid} invalid\n`);
  process.exit(invalid > 0 ? 1 : 0);
}

main();
