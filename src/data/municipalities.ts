/** The municipality list for the picker: name and kommunenummer (SSB classification 131, 2026). */
import data from './kommuner-2026.json';

export interface KnownMunicipality {
  number: string;
  name: string;
}

export const MUNICIPALITIES: KnownMunicipality[] = data.municipalities
  .map((m) => ({ number: m.number, name: m.name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'nb'));

/** The known municipality with this exact name (case-insensitive), if any. */
export function findMunicipality(name: string): KnownMunicipality | undefined {
  const wanted = name.trim().toLocaleLowerCase('nb');
  return MUNICIPALITIES.find((m) => m.name.toLocaleLowerCase('nb') === wanted);
}
