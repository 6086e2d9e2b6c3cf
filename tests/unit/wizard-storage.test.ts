import { describe, expect, it } from 'vitest';
import { DraftStorage, type KeyValue } from '../../src/wizard/storage';
import { DraftSession } from '../../src/wizard/session';

class MemoryKV implements KeyValue {
  data = new Map<string, string>();
  /** Bytes allowed before setItem throws a QuotaExceededError, like a full localStorage. */
  constructor(public limit = Infinity) {}
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    const size = [...this.data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0) + k.length + v.length;
    if (size > this.limit) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
}

describe('DraftStorage', () => {
  it('saves, lists and loads a draft with increasing revisions', () => {
    const s = new DraftStorage(new MemoryKV());
    expect(s.save('a', { title: 'Plan A' }, [], 0, 'Plan A')).toEqual({ ok: true, rev: 1 });
    expect(s.save('a', { title: 'Plan A2' }, ['om-planen'], 1, 'Plan A2')).toEqual({ ok: true, rev: 2 });
    expect(s.load('a')).toMatchObject({ rev: 2, plan: { title: 'Plan A2' }, done: ['om-planen'] });
    expect(s.list().map((d) => d.title)).toEqual(['Plan A2']);
  });

  it('refuses to overwrite a newer revision saved by another tab', () => {
    const kv = new MemoryKV();
    const tab1 = new DraftStorage(kv);
    const tab2 = new DraftStorage(kv);
    tab1.save('a', { title: 'v1' }, [], 0, 'v1');
    tab1.save('a', { title: 'v2 from tab 1' }, [], 1, 'v2');
    const outcome = tab2.save('a', { title: 'stale tab 2' }, [], 1, 'x');
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict' });
    expect(tab1.load('a')?.plan).toEqual({ title: 'v2 from tab 1' });
  });

  it('reports a full storage and keeps what was stored before', () => {
    const kv = new MemoryKV(400);
    const s = new DraftStorage(kv);
    expect(s.save('a', { title: 'small' }, [], 0, 'small').ok).toBe(true);
    expect(s.save('a', { title: 'x'.repeat(1000) }, [], 1, 'big')).toEqual({ ok: false, reason: 'full' });
    expect(s.load('a')?.plan).toEqual({ title: 'small' });
  });

  it('reports missing storage (private mode) instead of throwing', () => {
    const s = new DraftStorage(undefined);
    expect(s.save('a', {}, [], 0, '')).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.list()).toEqual([]);
  });

  it('ignores corrupt entries', () => {
    const kv = new MemoryKV();
    kv.setItem('handlingsplan.utkast', '{not json');
    kv.setItem('handlingsplan.utkast.a', '"just a string"');
    const s = new DraftStorage(kv);
    expect(s.list()).toEqual([]);
    expect(s.load('a')).toBeUndefined();
  });
});

describe('DraftSession', () => {
  it('keeps typing in memory when storage is full, and says so', () => {
    const kv = new MemoryKV(3000);
    const session = new DraftSession(new DraftStorage(kv));
    session.update({ ...session.get().plan, title: 'x'.repeat(5000) });
    session.flush();
    expect(session.get().status).toBe('full');
    expect(session.get().plan.title).toHaveLength(5000);
  });

  it('stops saving after another tab saved newer changes, then can take them or keep a copy', () => {
    const kv = new MemoryKV();
    const first = new DraftSession(new DraftStorage(kv));
    first.update({ ...first.get().plan, title: 'first' });
    first.flush();
    const second = new DraftSession(new DraftStorage(kv), first.get().id);
    second.update({ ...second.get().plan, title: 'second' });
    second.flush();
    first.handleStorageEvent(`handlingsplan.utkast.${first.get().id}`);
    expect(first.get().status).toBe('conflict');
    first.update({ ...first.get().plan, title: 'typed after conflict' });
    first.flush();
    expect(new DraftStorage(kv).load(first.get().id)?.plan.title).toBe('second');
    first.saveAsCopy();
    expect(first.get().status).toBe('saved');
    expect(new DraftStorage(kv).list().map((d) => d.title).sort()).toEqual(['second', 'typed after conflict']);
  });

  it('reopens the current draft after a reload', () => {
    const kv = new MemoryKV();
    const before = new DraftSession(new DraftStorage(kv));
    before.update({ ...before.get().plan, title: 'kept' });
    before.flush();
    const after = new DraftSession(new DraftStorage(kv));
    expect(after.get().id).toBe(before.get().id);
    expect(after.get().plan.title).toBe('kept');
  });
});
