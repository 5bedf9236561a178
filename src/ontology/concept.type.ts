import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType({ description: 'A UMLS semantic type (TUI and name).' })
export class SemanticType {
  @Field(() => String)
  tui!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'An ontology concept: UMLS CUI, MeSH descriptor or project id.' })
export class Concept {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Preferred name.' })
  name!: string;

  @Field(() => [String], { description: 'Source vocabularies (UMLS SAB).' })
  sources!: string[];
}

@ObjectType({ description: 'A concept reached through is-a edges, at its shortest distance.' })
export class ConceptDistance {
  @Field(() => Concept)
  concept!: Concept;

  @Field(() => Int)
  distance!: number;
}

export enum MatchKind {
  EXACT = 'EXACT',
  SYNONYM = 'SYNONYM',
  PREFIX = 'PREFIX',
  FUZZY = 'FUZZY',
}
registerEnumType(MatchKind, { name: 'MatchKind', description: 'How a search hit matched a concept string.' });

@ObjectType()
export class ConceptSearchHit {
  @Field(() => Concept)
  concept!: Concept;

  @Field(() => Float, { description: '1 for an exact preferred-name match, lower for weaker matches.' })
  score!: number;

  @Field(() => MatchKind)
  matched!: MatchKind;
}

@ObjectType()
export class SourceCount {
  @Field(() => String)
  source!: string;

  @Field(() => Int)
  concepts!: number;
}

@ObjectType()
export class OntologyStats {
  @Field(() => Int)
  concepts!: number;

  @Field(() => Int)
  names!: number;

  @Field(() => Int)
  isaRelations!: number;

  @Field(() => Int)
  synonymRelations!: number;

  @Field(() => Int)
  semanticTypes!: number;

  @Field(() => [SourceCount])
  sources!: SourceCount[];
}
