/**
 * Each builder page's form (react-hook-form, the section's fields) as its own chunk, loaded by the page around it
 * (WizardPage). The page's first load is then React, the drafts and the page's frame (heading, save notices,
 * status), under 100 KB (issue 15); the form follows as one more file, fetched while the drafts are being read.
 */
import type { ComponentType } from 'react';
import type { SectionId } from '../../wizard/sections';

export interface SectionFormProps {
  section: SectionId;
  /** Gives the page the form's reset, for «Last inn den nyeste» (SaveNotice). */
  bindReset: (reset: (plan: Record<string, unknown>) => void) => void;
}

type FormModule = { default: ComponentType<SectionFormProps> };
/** A promise React's use() reads at once when it has settled (status and value set, as React does itself). */
type Tracked = Promise<FormModule> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: FormModule; reason?: unknown };

const LOADERS: Record<SectionId, () => Promise<FormModule>> = {
  'om-planen': () => import('./forms/OmPlanenForm'),
  forankring: () => import('./forms/ForankringForm'),
  planperiode: () => import('./forms/PlanperiodeForm'),
  kunnskapsgrunnlag: () => import('./forms/KunnskapsgrunnlagForm'),
  malgrupper: () => import('./forms/MalgrupperForm'),
  innsatsomrader: () => import('./forms/InnsatsomraderForm'),
  tiltak: () => import('./forms/TiltakForm'),
  oppfolging: () => import('./forms/OppfolgingForm'),
  sjekk: () => import('./forms/SjekkForm'),
  revisjon: () => import('./forms/RevisjonForm'),
};

const loading = new Map<SectionId, Tracked>();

/** Starts loading a section's form, once; the same promise after that. */
export function loadSectionForm(section: SectionId): Tracked {
  let form = loading.get(section);
  if (!form) {
    const started: Tracked = LOADERS[section]();
    started.status = 'pending';
    started.then((value) => Object.assign(started, { status: 'fulfilled', value }), (reason) => Object.assign(started, { status: 'rejected', reason }));
    loading.set(section, (form = started));
  }
  return form;
}

// This page's form starts loading when this module runs, before the drafts are read (session.ts waits for IndexedDB),
// so it is usually there by the time the page is drawn. The page names its section (data-wizard-section, set by
// [section].astro); this module imports nothing else, so it is its own small chunk that runs first (astro.config.mjs).
const here = typeof document === 'undefined' ? undefined : document.querySelector('[data-wizard-section]')?.getAttribute('data-wizard-section');
if (here && here in LOADERS) loadSectionForm(here as SectionId);
