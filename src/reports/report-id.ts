/**
 * One rule for report ids at every entry point (ingestion, bulk files, span imports, every
 * argument that names a report): Unicode NFC, surrounding whitespace trimmed; lone
 * surrogates (stored as U+FFFD, then unreadable) and control characters refused. Before,
 * " r1" and "r1" made two reports. Pure, plus the class-validator decorator for arguments.
 */
import { registerDecorator, ValidationArguments } from 'class-validator';

const MAX_ID_CHARS = 256;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The normalised id, or the problem, worded for the field `field`. */
export function normaliseReportId(raw: unknown, field = 'id'): { id: string } | { problem: string } {
  if (typeof raw !== 'string') return { problem: `${field} must be a string` };
  if (LONE_SURROGATE.test(raw)) return { problem: `${field} is not valid Unicode (unpaired surrogate)` };
  const id = raw.normalize('NFC').trim();
  if (id === '') return { problem: `${field} must not be empty` };
  if (CONTROL.test(id)) return { problem: `${field} must not contain control characters` };
  if (id.length > MAX_ID_CHARS) return { problem: `${field} must be at most ${MAX_ID_CHARS} characters` };
  return { id };
}

/**
 * An argument holding a report id: refused with the rule's message, or replaced by its
 * normalised form (validation runs before the resolver sees the arguments).
 */
export function IsReportId(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isReportId',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (value === null || value === undefined) return true;
          const result = normaliseReportId(value, args.property);
          if ('problem' in result) return false;
          (args.object as Record<string, unknown>)[args.property] = result.id;
          return true;
        },
        defaultMessage: (args: ValidationArguments) => {
          const result = normaliseReportId(args.value, args.property);
          return 'problem' in result ? result.problem : `${args.property} is invalid`;
        },
      },
    });
}
