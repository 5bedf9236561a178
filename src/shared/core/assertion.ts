/**
 * How a report states a finding: affirmed, negated or hedged. The one definition every
 * feature uses; the GraphQL enum `Assertion` (reports/report.type.ts) is built from it.
 */
export type Assertion = 'PRESENT' | 'ABSENT' | 'UNCERTAIN';
