/** GraphQL types of label sets, per-report labels and corpus prevalence. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Concept } from '../ontology/concept.type';
import { Mention } from '../reports/report.type';

export enum LabelStatus {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
  UNCERTAIN = 'UNCERTAIN',
  NOT_MENTIONED = 'NOT_MENTIONED',
}
registerEnumType(LabelStatus, { name: 'LabelStatus', description: 'CheXpert encoding: 1, 0, −1, blank.' });

@ObjectType({ description: 'One label: the concepts it stands for (a mention of one or of a descendant carries it).' })
export class LabelDefinition {
  @Field(() => String)
  name!: string;

  @Field(() => [Concept], { nullable: 'items', description: 'Null for ids not in the loaded ontology.' })
  concepts!: unknown[];

  @Field(() => Boolean, { description: 'A pathology: positive or uncertain rules out No Finding.' })
  finding!: boolean;
}

@ObjectType({ description: 'A validated label set from seed/label-sets.' })
export class LabelSet {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  noFindingLabel?: string;

  @Field(() => [LabelDefinition])
  labels!: LabelDefinition[];
}

@ObjectType({ description: 'A label of one report, with the concept ids that decided it.' })
export class ReportLabel {
  @Field(() => String)
  label!: string;

  @Field(() => LabelStatus)
  status!: LabelStatus;

  @Field(() => [ID], { description: 'Concept ids of the mentions with the deciding assertion.' })
  evidenceConcepts!: string[];

  @Field(() => [Mention], { description: 'The mentions of the report that decided the status.' })
  evidence!: unknown[];
}

@ObjectType({ description: 'How many stored reports carry a label, per status.' })
export class LabelPrevalence {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  positive!: number;

  @Field(() => Int)
  negative!: number;

  @Field(() => Int)
  uncertain!: number;

  @Field(() => Int)
  notMentioned!: number;
}
