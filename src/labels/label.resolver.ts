import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { ConceptRecord } from '../ontology/concept.record';
import { Concept } from '../ontology/concept.type';
import type { LabelDefinition as LabelDefinitionRecord, LabelSet as LabelSetRecord } from './core/label-set';
import type { LabelPrevalence as LabelPrevalenceRecord } from './label.service';
import { LabelDefinition, LabelPrevalence, LabelSet } from './label.type';

@ArgsType()
export class LabelSetArgs {
  @Field(() => String)
  @MaxLength(200)
  labelSet!: string;
}

@Resolver(() => LabelDefinition)
export class LabelDefinitionResolver {
  @FieldResolver(() => [Concept], { nullable: 'items' })
  async concepts(@Root() label: LabelDefinitionRecord, @Ctx() ctx: RequestContext): Promise<(ConceptRecord | null)[]> {
    return ctx.ontology.byIds(label.concepts);
  }
}

@Authorized('reader')
@Resolver()
export class LabelResolver {
  @Query(() => [LabelSet], { description: 'The label sets reports can be labelled with.' })
  labelSets(@Ctx() ctx: RequestContext): LabelSetRecord[] {
    return ctx.labels.labelSets();
  }

  @Query(() => [LabelPrevalence], { description: 'Per label, stored reports by status; No Finding last.' })
  labelPrevalence(@Args() { labelSet }: LabelSetArgs, @Ctx() ctx: RequestContext): Promise<LabelPrevalenceRecord[]> {
    return ctx.labels.prevalence(labelSet);
  }
}
