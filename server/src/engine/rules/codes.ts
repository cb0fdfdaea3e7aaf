/**
 * The code of every rule, as data alone: the settings and team-file schemas (which the client bundles too) check
 * `rules` keys against it without loading the rules. A unit test keeps it equal to the codes of `RULES`.
 */
export const RULE_CODES = [
  'placeholder',
  'missing-section',
  'empty-section',
  'severity-unchosen',
  'severity-unknown',
  'date-invalid',
  'date-order',
  'timeline-unparsed-time',
  'timezone-missing',
  'timezone-invalid',
  'timeline-out-of-order',
  'stated-duration-mismatch',
  'stated-check-mismatch',
  'error-budget-mismatch',
  'action-item-missing-owner',
  'action-item-missing-due-date',
  'action-item-overdue',
  'action-item-unknown-priority',
  'action-item-unknown-status',
  'five-whys-incomplete',
  'blame-language',
  'unclosed-block',
] as const;
