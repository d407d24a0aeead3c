/**
 * The registry of choice points (lib/model/choicePoints.ts) is the one list of what the
 * documents leave open: the model consults nothing outside it, every entry is reachable, and
 * each entry is complete. (That the chaos preset varies every entry is proved in
 * tests/self/mock/, against the same registry.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { allowedOutcomes } from '../../../lib/model/applyRequest';
import { CHOICE_NAMES, CHOICE_POINTS } from '../../../lib/model/choicePoints';
import { DEFAULT_CONFIG, modelConfig } from '../../../lib/model/defaults';
import type { ChoiceName, ModelRequest, ModelState } from '../../../lib/model/types';
import { c2c, g2c, must, withChatGroup, withGroup, withUsers } from './modelFixture';

const MODEL_DIR = path.resolve(import.meta.dirname, '../../../lib/model');

function modelSources(dir = MODEL_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return modelSources(full);
    return entry.name.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}

test('the model names no choice point outside the registry', () => {
  const named = new Set<string>();
  for (const source of modelSources()) {
    for (const match of source.matchAll(/\b(?:choice|pick)\(\s*'([A-Za-z]+)'/g)) named.add(match[1]!);
  }
  expect(named.size).toBeGreaterThan(10);
  for (const name of named) expect(CHOICE_NAMES, `lib/model consults '${name}'`).toContain(name);
});

test('every registry entry gives its gap, endpoint, scope, judge and a default and alternative among its values', () => {
  for (const name of CHOICE_NAMES) {
    const point = CHOICE_POINTS[name];
    expect(point.gap.length, name).toBeGreaterThan(20);
    expect(point.endpoint, name).toMatch(/^recentcontact\//);
    expect(['fixed', 'per-request'], name).toContain(point.scope);
    expect(['model', 'comparator'], name).toContain(point.judge);
    expect(point.values as readonly unknown[], name).toContain(point.default);
    expect(point.values as readonly unknown[], name).toContain(point.alternative);
    expect(point.default, name).not.toEqual(point.alternative);
  }
});

/** Requests that between them meet every gap in the documents. */
function probes(): { state: ModelState; request: Omit<ModelRequest, 'now'> }[] {
  const chat = withChatGroup(withUsers('u1', 'owner'), 'owner');
  const base = withGroup(withGroup(chat.state, 'u1', 'g', ['p']), 'u1', 'h');
  const marked = must(base, 'recentcontact/mark_contact', { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('q'), SetMark: [1] }, { OptType: 1, ContactItem: c2c('r'), SetMark: [2] }] });
  const deleted = must(withGroup(base, 'u1', 'k'), 'recentcontact/del_contact_group', { From_Account: 'u1', GroupName: ['g'] });
  const capped = withGroup(withUsers('u2'), 'u2', 'g', ['a']);
  const renameOnto = { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'h', NewGroupName: 'g' } };
  const twoNamedG = must(base, 'recentcontact/update_contact_group', renameOnto, modelConfig({ choices: { renameOntoExisting: 'allow' } }));
  const update = (items: unknown[]) => ({ api: 'recentcontact/update_contact_group' as const, body: { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: items } } });
  return [
    { state: base, request: { api: 'recentcontact/create_contact_group', body: { From_Account: 'u1', GroupContactItem: [{ GroupName: 'g' }] } } },
    { state: deleted, request: { api: 'recentcontact/create_contact_group', body: { From_Account: 'u1', GroupContactItem: [{ GroupName: 'n' }] } } },
    { state: base, request: { api: 'recentcontact/create_contact_group', body: { From_Account: 'u1', GroupContactItem: [{ GroupName: 'x' }, { GroupName: 'y' }] } } },
    { state: base, request: { api: 'recentcontact/update_contact_group', body: { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'g', NewGroupName: 'h' } } } },
    { state: base, request: { api: 'recentcontact/update_contact_group', body: { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'none', NewGroupName: 'x'.repeat(65) } } } },
    { state: base, request: update([{ ContactOptType: 1, ContactItem: c2c('p') }, { ContactOptType: 1, ContactItem: g2c(chat.groupId) }, { ContactOptType: 2, ContactItem: c2c('z') }]) },
    { state: base, request: update([{ ContactOptType: 2, ContactItem: c2c('p') }, { ContactOptType: 2, ContactItem: g2c(chat.groupId) }]) },
    { state: capped, request: { api: 'recentcontact/mark_contact', body: { From_Account: 'u2', MarkItem: [{ OptType: 1, ContactItem: c2c('b'), SetMark: [1] }] } } },
    { state: base, request: { api: 'recentcontact/mark_contact', body: { From_Account: 'u1', MarkItem: [{ OptType: 3, ContactItem: c2c('p'), SetMark: [1, 64], CustomMark: 'x'.repeat(257) }, { OptType: 1, ContactItem: g2c(chat.groupId), SetMark: [1], CustomMark: 'y'.repeat(257) }, { OptType: 1, ContactItem: c2c('s'), SetMark: [2], ClearMark: [2] }] } } },
    { state: marked, request: { api: 'recentcontact/mark_contact', body: { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('q'), ClearMark: [1] }] } } },
    { state: marked, request: { api: 'recentcontact/search_contact_group', body: { From_Account: 'u1', ContactItem: [c2c('q'), c2c('r'), c2c('none')] } } },
    { state: marked, request: { api: 'recentcontact/get_contact_group', body: { From_Account: 'u1', StartIndex: 0 } } },
    { state: base, request: { api: 'recentcontact/del_contact_group', body: { From_Account: 'u1', GroupName: ['g', 'h'] } } },
    { state: twoNamedG, request: { api: 'recentcontact/del_contact_group', body: { From_Account: 'u1', GroupName: ['g'] } } },
  ];
}

test('every registry entry is consulted by some request, under the enumeration the oracle runs', () => {
  const consulted = new Set<ChoiceName>();
  const config = modelConfig({ limits: { maxConversationsPerUser: 1 }, choices: { getPageSize: 1 } });
  for (const { state, request } of probes()) {
    const { outcomes, truncated } = allowedOutcomes(state, { ...request, now: 1 }, config, { valuesOf: (name) => CHOICE_POINTS[name].values, maxOutcomes: 10_000 });
    expect(truncated).toBe(false);
    for (const outcome of outcomes) for (const name of outcome.consulted) consulted.add(name);
  }
  expect([...consulted].sort()).toEqual([...CHOICE_NAMES].sort());
});

test('the enumeration yields each allowed answer of a request once per combination of the points it meets', () => {
  const { state } = probes()[4]!;
  const request = { api: 'recentcontact/update_contact_group' as const, body: { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'none', NewGroupName: 'x'.repeat(65) } }, now: 1 };
  const { outcomes } = allowedOutcomes(state, request, DEFAULT_CONFIG, { valuesOf: (name) => CHOICE_POINTS[name].values, maxOutcomes: 100 });
  // A missing group renamed to an over-long name: 51011 or 51009, the documents give no order.
  expect(outcomes.map((outcome) => outcome.response.ErrorCode).sort()).toEqual([51009, 51011]);
  for (const outcome of outcomes) expect(outcome.state).toBe(state);
});

test('the README lists every choice point of the registry, with its scope', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  for (const name of CHOICE_NAMES) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, `README row for ${name}`).toBeDefined();
    expect(row).toContain(`| ${CHOICE_POINTS[name].scope} |`);
  }
});
