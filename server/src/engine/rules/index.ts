import { missingSection } from './missingSection';
import { placeholder } from './placeholder';
import type { Rule } from './rule';

/** Every rule, registered once. Codes are stable: users configure and suppress rules by them. */
export const RULES: readonly Rule[] = [placeholder, missingSection];
