import { actionItemMissingDueDate } from './actionItemMissingDueDate';
import { actionItemMissingOwner } from './actionItemMissingOwner';
import { actionItemOverdue } from './actionItemOverdue';
import { actionItemUnknownPriority } from './actionItemUnknownPriority';
import { actionItemUnknownStatus } from './actionItemUnknownStatus';
import { blameLanguage } from './blameLanguage';
import { dateInvalid } from './dateInvalid';
import { dateOrder } from './dateOrder';
import { emptySection } from './emptySection';
import { errorBudgetMismatch } from './errorBudgetMismatch';
import { fiveWhysIncomplete } from './fiveWhysIncomplete';
import { missingSection } from './missingSection';
import { placeholder } from './placeholder';
import type { Rule } from './rule';
import { severityUnchosen } from './severityUnchosen';
import { severityUnknown } from './severityUnknown';
import { statedCheckMismatch } from './statedCheckMismatch';
import { statedDurationMismatch } from './statedDurationMismatch';
import { timelineOutOfOrder } from './timelineOutOfOrder';
import { timelineUnparsedTime } from './timelineUnparsedTime';
import { timezoneInvalid } from './timezoneInvalid';
import { timezoneMissing } from './timezoneMissing';
import { unclosedBlock } from './unclosedBlock';

/** Every rule, registered once. Codes are stable: users configure and suppress rules by them. */
export const RULES: readonly Rule[] = [
  placeholder,
  missingSection,
  emptySection,
  severityUnchosen,
  severityUnknown,
  dateInvalid,
  dateOrder,
  timelineUnparsedTime,
  timezoneMissing,
  timezoneInvalid,
  timelineOutOfOrder,
  statedDurationMismatch,
  statedCheckMismatch,
  errorBudgetMismatch,
  actionItemMissingOwner,
  actionItemMissingDueDate,
  actionItemOverdue,
  actionItemUnknownPriority,
  actionItemUnknownStatus,
  fiveWhysIncomplete,
  blameLanguage,
  unclosedBlock,
];
