import type { ComponentType } from 'react';
import type { SectionId } from '../../../wizard/sections';
import { OmPlanen } from './OmPlanen';
import { Forankring } from './Forankring';
import { Planperiode } from './Planperiode';
import { Kunnskapsgrunnlag } from './Kunnskapsgrunnlag';
import { Malgrupper } from './Malgrupper';
import { Innsatsomrader } from './Innsatsomrader';
import { Tiltak } from './Tiltak';
import { Oppfolging } from './Oppfolging';
import { Sjekk } from './Sjekk';

/** One component per wizard section; each edits its part of the plan through the form context. */
export const SECTION_COMPONENTS: Record<SectionId, ComponentType> = {
  'om-planen': OmPlanen,
  forankring: Forankring,
  planperiode: Planperiode,
  kunnskapsgrunnlag: Kunnskapsgrunnlag,
  malgrupper: Malgrupper,
  innsatsomrader: Innsatsomrader,
  tiltak: Tiltak,
  oppfolging: Oppfolging,
  sjekk: Sjekk,
};
