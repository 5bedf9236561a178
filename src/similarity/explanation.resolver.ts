/**
 * Concept-typed fields of explanations: the records carry concept ids, resolved here
 * through the per-request by-id DataLoader (one round trip for a whole result).
 */
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { ConceptRecord } from '../ontology/concept.record';
import { Concept } from '../ontology/concept.type';
import { AbsentAgreement, Contradiction, MatchedConceptPair, UnmatchedConcept } from './similarity.type';

type Pair = { queryConcept: string; caseConcept: string };
const load = (ctx: RequestContext, id: string): Promise<ConceptRecord | null> => ctx.ontology.loaders.byId.load(id);

/** The same two concept fields on every pair type of an explanation. */
function pairResolver(type: ClassType) {
  @Resolver(() => type)
  class PairResolver {
    @FieldResolver(() => Concept, { nullable: true })
    queryConcept(@Root() pair: Pair, @Ctx() ctx: RequestContext): Promise<ConceptRecord | null> {
      return load(ctx, pair.queryConcept);
    }

    @FieldResolver(() => Concept, { nullable: true })
    caseConcept(@Root() pair: Pair, @Ctx() ctx: RequestContext): Promise<ConceptRecord | null> {
      return load(ctx, pair.caseConcept);
    }
  }
  return PairResolver;
}

@Resolver(() => UnmatchedConcept)
class UnmatchedConceptResolver {
  @FieldResolver(() => Concept, { nullable: true })
  concept(@Root() unit: { concept: string }, @Ctx() ctx: RequestContext): Promise<ConceptRecord | null> {
    return load(ctx, unit.concept);
  }
}

export const EXPLANATION_RESOLVERS = [
  pairResolver(MatchedConceptPair),
  pairResolver(Contradiction),
  pairResolver(AbsentAgreement),
  UnmatchedConceptResolver,
] as const;
