import { Tag } from './ds';
import type { RuleResult } from '../../plan/check';
import type { Finding } from '../../plan/rules';
import { findingMessage } from '../../plan/messages';
import { uiLang, type T } from './i18n';

interface Props {
  t: T;
  results: RuleResult[];
  /** A link for each finding (the builder links to the field); plain text without it. */
  linkFor?: (finding: Finding) => string;
  /** Replaces the findings of a rule, e.g. in the quick check where measures are only answered for. */
  override?: (result: RuleResult) => string | undefined;
  /** The draft is judged as adopted on its planned date: political adoption is met only once that happens. */
  assumedAdoption?: boolean;
}

/**
 * The rules with their state for one reporting year: «Oppfylt», «Ikke oppfylt», or, when a rule
 * had nothing to judge or does not concern the plan, «Ikke vurdert» / «Gjelder ikke», never «Oppfylt».
 */
export function RuleResults({ t, results, linkFor, override, assumedAdoption = false }: Props) {
  const lang = uiLang();
  return (
    <ul className="rule-results">
      {results.map((r) => {
        const { rule, met, findings, skipped } = r;
        const state = skipped ? 'skipped' : met ? 'met' : 'not-met';
        const pending = assumedAdoption && met && rule.id === 'political-adoption';
        const color = skipped ? 'neutral' : pending ? 'info' : met ? 'success' : rule.kind === 'krav' ? 'danger' : 'warning';
        const label = skipped === 'not-applicable' ? 'result.notApplicable' : skipped ? 'result.notJudged' : pending ? 'result.whenAdopted' : met ? 'result.met' : 'result.notMet';
        const replaced = !met && !skipped ? override?.(r) : undefined;
        return (
          <li key={rule.id} data-rule={rule.id} data-met={skipped ? undefined : met} data-state={state}>
            <Tag data-color={color}>{t(label)}</Tag>{' '}
            <strong>{rule.title[lang]}</strong>
            {skipped && <span className="rule-results__why"> {t(skipped === 'not-applicable' ? 'result.notApplicable.why' : 'result.notJudged.why')}</span>}
            {!met && !skipped && (
              <ul>
                {replaced
                  ? <li>{replaced}</li>
                  : findings.map((f, i) => (
                      <li key={i}>{linkFor ? <a className="ds-link" href={linkFor(f)}>{findingMessage(f, lang)}</a> : findingMessage(f, lang)}</li>
                    ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
