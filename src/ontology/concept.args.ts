import { ArrayMaxSize, ArrayMinSize, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

const MAX_DEPTH = 20;
const MAX_PAGE = 1000;

@ArgsType()
export class ConceptArgs {
  @Field(() => ID)
  @MaxLength(200)
  id!: string;
}

@ArgsType()
export class ConceptsArgs {
  @Field(() => [ID])
  @ArrayMaxSize(MAX_PAGE)
  ids!: string[];
}

@ArgsType()
export class LowestCommonAncestorsArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  ids!: string[];
}

@ArgsType()
export class SearchConceptsArgs {
  @Field(() => String)
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_PAGE)
  limit!: number;
}

@ArgsType()
export class AncestorsArgs {
  @Field(() => Int, { defaultValue: MAX_DEPTH })
  @Min(1)
  @Max(MAX_DEPTH)
  maxDepth!: number;
}

@ArgsType()
export class DescendantsArgs {
  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(MAX_DEPTH)
  maxDepth!: number;

  @Field(() => Int, { defaultValue: 100 })
  @Min(1)
  @Max(MAX_PAGE)
  first!: number;
}

@ArgsType()
export class ConceptIdArgs {
  @Field(() => ID)
  @MaxLength(200)
  id!: string;
}
