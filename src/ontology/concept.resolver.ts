import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import {
  AncestorsArgs,
  ConceptArgs,
  ConceptIdArgs,
  ConceptsArgs,
  DescendantsArgs,
  LowestCommonAncestorsArgs,
  SearchConceptsArgs,
} from './concept.args';
import type { ConceptRecord, RelatedConcept } from './concept.record';
import type { OntologyStatsRecord, SearchHit } from './concept.service';
import { Concept, ConceptDistance, ConceptSearchHit, OntologyStats, SemanticType } from './concept.type';

@Authorized('reader')
@Resolver(() => Concept)
export class ConceptResolver {
  @Query(() => Concept, { nullable: true, description: 'A concept by id; null when unknown.' })
  concept(@Args() { id }: ConceptArgs, @Ctx() ctx: RequestContext): Promise<ConceptRecord | null> {
    return ctx.ontology.byId(id);
  }

  @Query(() => [Concept], { nullable: 'items', description: 'Concepts by id, in order; null for unknown ids.' })
  concepts(@Args() { ids }: ConceptsArgs, @Ctx() ctx: RequestContext): Promise<(ConceptRecord | null)[]> {
    return ctx.ontology.byIds(ids);
  }

  @Query(() => [ConceptSearchHit], { description: 'Exact, synonym, prefix, then fuzzy matches on concept names.' })
  searchConcepts(@Args() { text, limit }: SearchConceptsArgs, @Ctx() ctx: RequestContext): Promise<SearchHit[]> {
    return ctx.ontology.search(text, limit);
  }

  @Query(() => [Concept], { description: 'Common ancestors (or selves) of all ids that have no common descendant.' })
  lowestCommonAncestors(@Args() { ids }: LowestCommonAncestorsArgs, @Ctx() ctx: RequestContext): Promise<ConceptRecord[]> {
    return ctx.ontology.lowestCommonAncestors(ids);
  }

  @Query(() => OntologyStats)
  ontologyStats(@Ctx() ctx: RequestContext): Promise<OntologyStatsRecord> {
    return ctx.ontology.stats();
  }

  @FieldResolver(() => [String], { description: 'Other names of the concept (preferred name excluded).' })
  synonyms(@Root() concept: ConceptRecord): string[] {
    return concept.synonyms.filter((synonym) => synonym !== concept.name);
  }

  @FieldResolver(() => [SemanticType])
  semanticTypes(@Root() concept: ConceptRecord): SemanticType[] {
    return concept.tuis.map((tui, i) => ({ tui, name: concept.stys[i] ?? '' }));
  }

  @FieldResolver(() => [Concept])
  parents(@Root() concept: ConceptRecord, @Ctx() ctx: RequestContext): Promise<ConceptRecord[]> {
    return ctx.ontology.parents(concept.id);
  }

  @FieldResolver(() => [Concept])
  children(@Root() concept: ConceptRecord, @Ctx() ctx: RequestContext): Promise<ConceptRecord[]> {
    return ctx.ontology.children(concept.id);
  }

  @FieldResolver(() => [ConceptDistance], { description: 'Ancestors nearest first, each at its shortest distance.' })
  ancestors(@Root() concept: ConceptRecord, @Args() { maxDepth }: AncestorsArgs, @Ctx() ctx: RequestContext): Promise<RelatedConcept[]> {
    return ctx.ontology.ancestors(concept.id, maxDepth);
  }

  @FieldResolver(() => [ConceptDistance], { description: 'Descendants nearest first, at most `first`.' })
  descendants(
    @Root() concept: ConceptRecord,
    @Args() { maxDepth, first }: DescendantsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RelatedConcept[]> {
    return ctx.ontology.descendants(concept.id, maxDepth, first);
  }

  @FieldResolver(() => Boolean, { description: 'Whether `id` is a proper ancestor of this concept.' })
  isDescendantOf(@Root() concept: ConceptRecord, @Args() { id }: ConceptIdArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.ontology.isDescendantOf(concept.id, id);
  }

  @FieldResolver(() => [Concept], { nullable: true, description: 'Shortest is-a route (up or down) to `id`; null if none.' })
  pathTo(@Root() concept: ConceptRecord, @Args() { id }: ConceptIdArgs, @Ctx() ctx: RequestContext): Promise<ConceptRecord[] | null> {
    return ctx.ontology.pathTo(concept.id, id);
  }
}
