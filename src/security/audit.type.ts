import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One audited request: ids, counts and timings, never report text.' })
export class AuditEventRecord {
  @Field(() => String) at!: string;
  @Field(() => Float, { description: 'Ordering key; pass the last one as `before` for the next page.' }) seq!: number;
  @Field(() => ID) keyId!: string;
  @Field(() => String) keyName!: string;
  @Field(() => String) role!: string;
  @Field(() => String) operation!: string;
  @Field(() => String, { description: 'QUERY, MUTATION or REFUSED (a request refused before or during execution)' }) kind!: string;
  @Field(() => [ID]) reportIds!: string[];
  @Field(() => Int) reportCount!: number;
  @Field(() => Int) durationMs!: number;
  @Field(() => String) outcome!: string;
  @Field(() => [String]) errorCodes!: string[];
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(1000)
  first!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  before?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  keyName?: string | null;
}
