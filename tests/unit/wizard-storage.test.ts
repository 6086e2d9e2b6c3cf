import { describe, expect, it } from 'vitest';
import { DraftStorage, LocalStorageBackend, MemoryBackend, applyRescues, migrateFromLocalStorage, type KeyValue } from '../../src/wizard/storage';
import { DraftSession, SAVE_DELAY_MS } from '../../src/wizard/session';
import { readStoredDraft, DRAFT_FORMAT } from '../../src/wizard/draft-record';
import { createPlan } from '../../src/plan/create';
import { schemaSaysWrongShape } from '../../src/wizard/draft-shape-check';
import { FILE_VERSION } from '../../src/plan/migrations';
import { EXAMPLES } from '../../src/examples';

/** A Web Storage in memory, with a size limit like a full localStorage. */
class MemoryKV implements KeyValue {
  data = new Map<string, string>();
  constructor(public limit = Infinity) {}
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    const size = [...this.data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0) + k.length + v.length;
    if (size > this.limit) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('DraftStorage', () => {
  it('saves, lists and loads a draft with increasing revisions and its format version', async () => {
    const backend = new MemoryBackend();
    const s = await DraftStorage.open(backend);
    expect(await s.save('a', { title: 'Plan A' }, [], 0)).toEqual({ ok: true, rev: 1 });
    expect(await s.save('a', { title: 'Plan A2' }, ['om-planen'], 1)).toEqual({ ok: true, rev: 2 });
    expect(s.load('a')).toMatchObject({ rev: 2, plan: { title: 'Plan A2' }, done: ['om-planen'] });
    expect(s.list().map((d) => d.title)).toEqual(['Plan A2']);
    expect(backend.drafts.get('a')).toMatchObject({ format: DRAFT_FORMAT, version: FILE_VERSION, id: 'a', rev: 2, title: 'Plan A2' });
  });

  it('refuses to overwrite a newer revision saved by another tab, and reads the newer one', async () => {
    const backend = new MemoryBackend();
    const tab1 = await DraftStorage.open(backend);
    const tab2 = await DraftStorage.open(backend);
    await tab1.save('a', { title: 'v1' }, [], 0);
    await tab1.save('a', { title: 'v2 from tab 1' }, [], 1);
    const outcome = await tab2.save('a', { title: 'stale tab 2' }, [], 1);
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict', stored: { rev: 2, plan: { title: 'v2 from tab 1' } } });
    expect(tab2.load('a')?.plan).toEqual({ title: 'v2 from tab 1' });
  });

  it('of two saves on the same revision at the same moment, exactly one is stored', async () => {
    const backend = new MemoryBackend();
    const tab1 = await DraftStorage.open(backend);
    const tab2 = await DraftStorage.open(backend);
    await tab1.save('a', { title: 'start' }, [], 0);
    const outcomes = await Promise.all([tab1.save('a', { title: 'one' }, [], 1), tab2.save('a', { title: 'two' }, [], 1)]);
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true]);
  });

  it('reports a full storage and keeps what was stored before', async () => {
    const s = await DraftStorage.open(new MemoryBackend(400));
    expect((await s.save('a', { title: 'small' }, [], 0)).ok).toBe(true);
    expect(await s.save('a', { title: 'x'.repeat(1000) }, [], 1)).toEqual({ ok: false, reason: 'full' });
    expect(s.load('a')?.plan).toEqual({ title: 'small' });
  });

  it('reports missing storage (private mode) instead of throwing', async () => {
    const s = await DraftStorage.open(undefined);
    expect(await s.save('a', {}, [], 0)).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.list()).toEqual([]);
  });

  it('keeps unreadable drafts aside, untouched, and lists only readable ones', async () => {
    const backend = new MemoryBackend();
    backend.drafts.set('text', 'just a string');
    backend.drafts.set('measures', { rev: 1, plan: { id: 'm', measures: 'x' }, done: [] });
    backend.drafts.set('title', { rev: 1, plan: { id: 't', title: { nb: 'x' } }, done: [] });
    backend.drafts.set('future', { format: DRAFT_FORMAT, version: FILE_VERSION + 1, rev: 1, plan: { id: 'f' }, done: [] });
    backend.drafts.set('ok', { rev: 1, savedAt: '2026-01-01T00:00:00.000Z', plan: { id: 'ok', title: 'Halvferdig', measures: [{ id: 'm1' }] }, done: [] });
    const s = await DraftStorage.open(backend);
    expect(s.list().map((d) => d.id)).toEqual(['ok']);
    expect(s.unreadable().map((d) => d.key).sort()).toEqual(['future', 'measures', 'text', 'title']);
    await wait(0);
    expect([...backend.aside.keys()].sort()).toEqual(['future', 'measures', 'text', 'title']);
    expect(backend.aside.get('measures')).toEqual({ rev: 1, plan: { id: 'm', measures: 'x' }, done: [] });
    expect([...backend.drafts.keys()]).toEqual(['ok']);
  });

  it('checks the drafts again with the plan schema after the first paint, and keeps a draft it refuses aside, untouched', async () => {
    const backend = new MemoryBackend();
    const stored = { rev: 1, savedAt: '2026-01-01T00:00:00.000Z', plan: { id: 'a', title: 'Refused later' }, done: [] };
    backend.drafts.set('a', stored);
    backend.drafts.set('b', { rev: 1, savedAt: '2026-01-02T00:00:00.000Z', plan: { id: 'b', title: 'Kept' }, done: [] });
    const s = await DraftStorage.open(backend);
    expect(s.list().map((d) => d.id)).toEqual(['b', 'a']);
    await s.recheck(schemaSaysWrongShape);
    expect(s.list().map((d) => d.id)).toEqual(['b', 'a']); // the schema agrees with the zod-free check
    await s.recheck((plan) => plan.title === 'Refused later'); // as if the two disagreed
    expect(s.list().map((d) => d.id)).toEqual(['b']);
    expect(s.unreadable().map((d) => d.key)).toEqual(['a']);
    await wait(0);
    expect(backend.aside.get('a')).toEqual(stored);
  });
});

describe('readStoredDraft', () => {
  it('reads a new draft, a half-filled one and every example', () => {
    expect(readStoredDraft({ rev: 0, plan: createPlan(), done: [] }).ok).toBe(true);
    expect(readStoredDraft({ rev: 2, plan: { id: 'x', title: '', measures: [{ id: 'm', description: '' }] }, done: ['om-planen'] }).ok).toBe(true);
    for (const e of EXAMPLES) expect(readStoredDraft({ rev: 1, plan: e.plans.nb, done: [] }).ok).toBe(true);
  });

  it('refuses values of the wrong shape', () => {
    expect(readStoredDraft({ rev: 1, plan: { measures: [null] } }).ok).toBe(false);
    expect(readStoredDraft({ rev: '1', plan: {} }).ok).toBe(false);
    expect(readStoredDraft({ rev: 1, plan: {}, done: 'om-planen' }).ok).toBe(false);
    expect(readStoredDraft({ rev: 1, plan: [] }).ok).toBe(false);
    expect(readStoredDraft({ format: 'noe annet', rev: 1, plan: {} }).ok).toBe(false);
  });
});

describe('moving the first version’s drafts out of localStorage', () => {
  it('moves every readable draft, keeps unreadable ones aside, and returns the one that was open', async () => {
    const kv = new MemoryKV();
    kv.setItem('handlingsplan.utkast', JSON.stringify([{ id: 'a', title: 'A', savedAt: '2026-01-01' }]));
    kv.setItem('handlingsplan.utkast.a', JSON.stringify({ rev: 4, savedAt: '2026-01-01T00:00:00.000Z', plan: { id: 'a', title: 'A' }, done: ['om-planen'] }));
    kv.setItem('handlingsplan.utkast.b', '{broken');
    kv.setItem('handlingsplan.gjeldende', 'a');
    kv.setItem('handlingsplan.projektor', '1');
    const backend = new MemoryBackend();
    const s = await DraftStorage.open(backend);
    expect(await migrateFromLocalStorage(kv, s, backend)).toBe('a');
    expect(s.load('a')).toMatchObject({ plan: { id: 'a', title: 'A' }, done: ['om-planen'], savedAt: '2026-01-01T00:00:00.000Z' });
    expect(backend.aside.get('localstorage-b')).toBe('{broken');
    expect([...kv.data.keys()]).toEqual(['handlingsplan.projektor']);
  });

  it('leaves a draft in localStorage when it cannot be written, to try again next time', async () => {
    const kv = new MemoryKV();
    kv.setItem('handlingsplan.utkast.a', JSON.stringify({ rev: 1, plan: { id: 'a', title: 'x'.repeat(500) }, done: [] }));
    const backend = new MemoryBackend(100);
    const s = await DraftStorage.open(backend);
    await migrateFromLocalStorage(kv, s, backend);
    expect(kv.getItem('handlingsplan.utkast.a')).not.toBeNull();
    expect(s.list()).toEqual([]);
  });

  it('keeps the localStorage fallback in the first version’s keys', async () => {
    const kv = new MemoryKV();
    const s = await DraftStorage.open(new LocalStorageBackend(kv));
    await s.save('a', { id: 'a', title: 'A' }, [], 0);
    expect(JSON.parse(kv.getItem('handlingsplan.utkast.a')!)).toMatchObject({ rev: 1, plan: { title: 'A' } });
    expect((await DraftStorage.open(new LocalStorageBackend(kv))).load('a')?.plan.title).toBe('A');
  });
});

describe('rescue copies written when the page goes away', () => {
  it('are saved on top of the revision they were made on', async () => {
    const kv = new MemoryKV();
    const s = await DraftStorage.open(new MemoryBackend());
    await s.save('a', { id: 'a', title: 'saved' }, [], 0);
    kv.setItem('handlingsplan.redning.a', JSON.stringify({ baseRev: 1, plan: { id: 'a', title: 'typed just before closing' }, done: [] }));
    await applyRescues(kv, s, () => 'copy');
    expect(s.load('a')?.plan.title).toBe('typed just before closing');
    expect(kv.length).toBe(0);
  });

  it('become a copy when the draft has moved on since with other content', async () => {
    const kv = new MemoryKV();
    const s = await DraftStorage.open(new MemoryBackend());
    await s.save('a', { id: 'a', title: 'v1' }, [], 0);
    await s.save('a', { id: 'a', title: 'v2 from another tab' }, [], 1);
    kv.setItem('handlingsplan.redning.a', JSON.stringify({ baseRev: 1, plan: { id: 'a', title: 'mine' }, done: [] }));
    await applyRescues(kv, s, () => 'copy');
    expect(s.load('a')?.plan.title).toBe('v2 from another tab');
    expect(s.load('copy')?.plan).toEqual({ id: 'copy', title: 'mine' });
  });
});

describe('DraftSession', () => {
  it('saves within SAVE_DELAY_MS even while typing goes on', async () => {
    const backend = new MemoryBackend();
    const session = new DraftSession(await DraftStorage.open(backend));
    const start = Date.now();
    let typed = '';
    while (Date.now() - start < SAVE_DELAY_MS * 3) {
      typed += 'x';
      session.update({ ...session.get().plan, title: typed });
      await wait(20);
    }
    // Typing never paused, yet something was saved, and it is at most SAVE_DELAY_MS behind.
    expect(backend.drafts.size).toBe(1);
    expect((backend.drafts.get(session.get().id) as { rev: number }).rev).toBeGreaterThanOrEqual(2);
    expect(await session.flush()).toBe(true);
    expect((backend.drafts.get(session.get().id) as { title: string }).title).toBe(typed);
  });

  it('keeps typing in memory when storage is full, says so, and saves once there is room', async () => {
    const backend = new MemoryBackend(3000);
    const session = new DraftSession(await DraftStorage.open(backend));
    session.update({ ...session.get().plan, title: 'x'.repeat(5000) });
    expect(await session.flush()).toBe(false);
    expect(session.get().status).toBe('full');
    expect(session.get().plan.title).toHaveLength(5000);
    expect(session.unsaved).toBe(true);
    backend.limit = Infinity;
    session.update({ ...session.get().plan, title: 'x'.repeat(5001) });
    expect(session.get().status).toBe('full');
    expect(await session.flush()).toBe(true);
    expect(session.get().status).toBe('saved');
  });

  it('stops saving after another tab saved newer changes, then can take them or keep a copy', async () => {
    const backend = new MemoryBackend();
    const first = new DraftSession(await DraftStorage.open(backend));
    first.update({ ...first.get().plan, title: 'first' });
    await first.flush();
    const secondStorage = await DraftStorage.open(backend);
    const second = new DraftSession(secondStorage, first.get().id);
    second.update({ ...second.get().plan, title: 'second' });
    await second.flush();
    first.handleRemoteSave(first.get().id, 2);
    expect(first.get().status).toBe('conflict');
    first.update({ ...first.get().plan, title: 'typed after conflict' });
    expect(await first.flush()).toBe(false);
    expect((await DraftStorage.open(backend)).load(first.get().id)?.plan.title).toBe('second');
    expect(await first.saveAsCopy()).toBe(true);
    expect(first.get().status).toBe('saved');
    expect((await DraftStorage.open(backend)).list().map((d) => d.title).sort()).toEqual(['second', 'typed after conflict']);
  });

  it('finds a conflict by itself when two sessions save the same revision', async () => {
    const backend = new MemoryBackend();
    const a = new DraftSession(await DraftStorage.open(backend));
    a.update({ ...a.get().plan, title: 'start' });
    await a.flush();
    const b = new DraftSession(await DraftStorage.open(backend), a.get().id);
    a.update({ ...a.get().plan, title: 'A' });
    b.update({ ...b.get().plan, title: 'B' });
    const results = await Promise.all([a.flush(), b.flush()]);
    expect(results.sort()).toEqual([false, true]);
    expect([a.get().status, b.get().status].sort()).toEqual(['conflict', 'saved']);
  });

  it('reopens a draft by id, and saves a new draft given a plan at once', async () => {
    const backend = new MemoryBackend();
    const storage = await DraftStorage.open(backend);
    const created = new DraftSession(storage, undefined, {}, { title: 'Fra eksempel' });
    expect(await created.flush()).toBe(true);
    const reopened = new DraftSession(await DraftStorage.open(backend), created.get().id);
    expect(reopened.get().plan).toMatchObject({ title: 'Fra eksempel', id: created.get().id });
  });
});

describe('the draft’s own name («Gi nytt navn»)', () => {
  it('names the draft in the list and leaves the plan’s title alone, through later saves and a reload', async () => {
    const backend = new MemoryBackend();
    const storage = await DraftStorage.open(backend);
    expect(await storage.save('a', { title: 'Handlingsplan 2024–2027' }, [], 0)).toMatchObject({ ok: true });
    expect(await storage.save('a', { title: 'Handlingsplan 2024–2027' }, [], 1, '  Gamle planen  ')).toMatchObject({ ok: true });
    // A later save without a name (another page, a rescue) keeps the name.
    expect(await storage.save('a', { title: 'Handlingsplan 2024–2027', process: {} }, [], 2)).toMatchObject({ ok: true });
    const reopened = await DraftStorage.open(backend);
    expect(reopened.list()).toEqual([expect.objectContaining({ id: 'a', title: 'Gamle planen', name: 'Gamle planen', planTitle: 'Handlingsplan 2024–2027' })]);
    expect(reopened.load('a')?.plan.title).toBe('Handlingsplan 2024–2027');
    // An empty name takes it away: the list shows the plan's title again.
    expect(await reopened.save('a', reopened.load('a')!.plan, [], 3, '')).toMatchObject({ ok: true });
    expect(reopened.list()[0]).toMatchObject({ title: 'Handlingsplan 2024–2027', planTitle: 'Handlingsplan 2024–2027' });
    expect(reopened.list()[0].name).toBeUndefined();
  });

  it('the open draft is renamed through its session, and typing afterwards keeps the name', async () => {
    const backend = new MemoryBackend();
    const storage = await DraftStorage.open(backend);
    const session = new DraftSession(storage, undefined, {}, { title: 'Handlingsplan 2027–2030' });
    expect(await session.flush()).toBe(true);
    expect(await session.rename('Utkast til arbeidsgruppa')).toBe(true);
    session.update({ ...session.get().plan, title: 'Handlingsplan mot vald 2027–2030' });
    expect(await session.flush()).toBe(true);
    const list = (await DraftStorage.open(backend)).list();
    expect(list[0]).toMatchObject({ title: 'Utkast til arbeidsgruppa', planTitle: 'Handlingsplan mot vald 2027–2030' });
    const reopened = new DraftSession(await DraftStorage.open(backend), session.get().id);
    expect(reopened.get()).toMatchObject({ name: 'Utkast til arbeidsgruppa', plan: { title: 'Handlingsplan mot vald 2027–2030' } });
  });

  it('drafts stored before names existed read as before, and a name of the wrong type is dropped, not the draft', () => {
    const old = { format: DRAFT_FORMAT, version: FILE_VERSION, id: 'a', title: 'Plan', rev: 3, savedAt: '2026-01-01T10:00:00Z', plan: { title: 'Plan' }, done: [] };
    const read = readStoredDraft(old);
    expect(read).toMatchObject({ ok: true, record: { rev: 3, plan: { title: 'Plan' } } });
    expect(read.ok && read.record.name).toBeFalsy();
    const odd = readStoredDraft({ ...old, name: { x: 1 } });
    expect(odd).toMatchObject({ ok: true, record: { plan: { title: 'Plan' } } });
    expect(readStoredDraft({ ...old, name: 'Mitt utkast' })).toMatchObject({ ok: true, record: { name: 'Mitt utkast' } });
  });
});
