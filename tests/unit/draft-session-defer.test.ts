import { describe, expect, it } from 'vitest';
import { DraftStorage, MemoryBackend } from '../../src/wizard/storage';
import { DraftSession, SAVE_DELAY_MS } from '../../src/wizard/session';

const stored = (backend: MemoryBackend, id: string) => backend.drafts.get(id) as { title?: string; rev: number } | undefined;

/** DraftSession.defer: the form's changes are read only when they are saved, flushed, rescued or copied. */
describe('DraftSession.defer', () => {
  it('marks the change unsaved at once, reads the form only when saving, and says saved only once stored', async () => {
    const backend = new MemoryBackend();
    const session = new DraftSession(await DraftStorage.open(backend));
    const id = session.get().id;
    let title = '';
    let reads = 0;
    const pull = () => { reads++; return { ...session.get().plan, title }; };
    for (const ch of 'Plan for Fjordvik') {
      title += ch;
      session.defer(pull);
    }
    expect(session.unsaved).toBe(true);
    expect(session.get().status).toBe('pending');
    expect(reads).toBe(0);
    expect(stored(backend, id)).toBeUndefined();
    // Saved within SAVE_DELAY_MS, reading the form once.
    await expect.poll(() => stored(backend, id)?.title, { timeout: SAVE_DELAY_MS * 10 }).toBe('Plan for Fjordvik');
    await expect.poll(() => session.get().status).toBe('saved');
    expect(reads).toBe(1);
    expect(session.get().plan.title).toBe('Plan for Fjordvik');
    expect(session.unsaved).toBe(false);
  });

  it('saves at once what is typed when flushed (leaving the page, a link, «Lagre og fortsett»)', async () => {
    const backend = new MemoryBackend();
    const session = new DraftSession(await DraftStorage.open(backend));
    session.defer(() => ({ ...session.get().plan, title: 'typed just now' }));
    expect(await session.flush()).toBe(true);
    expect(stored(backend, session.get().id)?.title).toBe('typed just now');
    expect(session.get().status).toBe('saved');
  });

  it('a change made while a save is being written is saved after it', async () => {
    const backend = new MemoryBackend();
    const session = new DraftSession(await DraftStorage.open(backend));
    session.defer(() => ({ ...session.get().plan, title: 'first' }));
    const saving = session.flush();
    session.defer(() => ({ ...session.get().plan, title: 'second' }));
    expect(await saving).toBe(false);
    expect(session.get().status).toBe('pending');
    expect(await session.flush()).toBe(true);
    expect(stored(backend, session.get().id)?.title).toBe('second');
  });

  it('the rescue copy written when the page goes away holds the change not yet read', async () => {
    const session = new DraftSession(await DraftStorage.open(new MemoryBackend()));
    session.defer(() => ({ ...session.get().plan, title: 'rescued' }));
    expect(session.rescue()?.plan.title).toBe('rescued');
  });

  it('keeps a change typed before another tab saved, for the copy', async () => {
    const backend = new MemoryBackend();
    const first = new DraftSession(await DraftStorage.open(backend));
    first.update({ ...first.get().plan, title: 'start' });
    await first.flush();
    const second = new DraftSession(await DraftStorage.open(backend), first.get().id);
    second.update({ ...second.get().plan, title: 'other tab' });
    await second.flush();
    first.defer(() => ({ ...first.get().plan, title: 'this tab' }));
    first.handleRemoteSave(first.get().id, 2);
    expect(first.get().status).toBe('conflict');
    expect(first.get().plan.title).toBe('this tab');
    expect(await first.saveAsCopy()).toBe(true);
    expect((await DraftStorage.open(backend)).list().map((d) => d.title).sort()).toEqual(['other tab', 'this tab']);
  });

  it('drops a change not yet read when the newest stored version is taken instead', async () => {
    const backend = new MemoryBackend();
    const session = new DraftSession(await DraftStorage.open(backend));
    session.update({ ...session.get().plan, title: 'stored' });
    await session.flush();
    session.defer(() => ({ ...session.get().plan, title: 'dropped' }));
    session.reloadNewest();
    expect(session.get().plan.title).toBe('stored');
    expect(session.unsaved).toBe(false);
    expect(await session.flush()).toBe(true);
    expect(stored(backend, session.get().id)?.title).toBe('stored');
  });

  it('after the delay, saves at the browser\'s next idle moment; a flush before it saves at once and the idle save then adds nothing', async () => {
    // Idle tasks queue here until the test runs them (sessions of earlier tests may add theirs too).
    const idle: (() => void)[] = [];
    const runIdle = () => { for (const task of idle.splice(0)) task(); };
    const g = globalThis as { requestIdleCallback?: (task: () => void) => number };
    g.requestIdleCallback = (task) => idle.push(task);
    try {
      const backend = new MemoryBackend();
      const session = new DraftSession(await DraftStorage.open(backend));
      const id = session.get().id;
      session.defer(() => ({ ...session.get().plan, title: 'typed' }));
      await new Promise((done) => setTimeout(done, SAVE_DELAY_MS * 2));
      expect(idle.length).toBeGreaterThan(0);
      // The delay is over, the browser is still busy: nothing is read or stored yet.
      expect(stored(backend, id)).toBeUndefined();
      expect(session.get().status).toBe('pending');
      runIdle();
      await expect.poll(() => stored(backend, id)?.title).toBe('typed');
      await expect.poll(() => session.get().status).toBe('saved');

      session.defer(() => ({ ...session.get().plan, title: 'left the field' }));
      await new Promise((done) => setTimeout(done, SAVE_DELAY_MS * 2));
      expect(await session.flush()).toBe(true);
      expect(stored(backend, id)?.title).toBe('left the field');
      const rev = stored(backend, id)!.rev;
      runIdle();
      expect(await session.flush()).toBe(true);
      expect(stored(backend, id)!.rev).toBe(rev);
    } finally {
      delete g.requestIdleCallback;
    }
  });
});
