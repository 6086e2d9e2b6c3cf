/**
 * The icons of the Astro pages, from one set: Aksel (@navikt/aksel-icons, MIT), the set Designsystemet uses.
 * Each is imported as SVG text, one file per icon, and drawn inline by Icon.astro, so no icon font or sprite ships.
 * React islands import the same icons as components from '@navikt/aksel-icons' (tree-shaken, one module per icon).
 */
import menu from '@navikt/aksel-icons/svg/MenuHamburger.svg?raw';
import search from '@navikt/aksel-icons/svg/MagnifyingGlass.svg?raw';
import language from '@navikt/aksel-icons/svg/Language.svg?raw';
import arrowLeft from '@navikt/aksel-icons/svg/ArrowLeft.svg?raw';
import arrowRight from '@navikt/aksel-icons/svg/ArrowRight.svg?raw';
import close from '@navikt/aksel-icons/svg/XMark.svg?raw';

export const ICONS = { menu, search, language, arrowLeft, arrowRight, close } as const;
export type IconName = keyof typeof ICONS;
