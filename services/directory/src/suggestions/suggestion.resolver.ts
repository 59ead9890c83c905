import { Arg, Authorized, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { cost, CurrentViewer, slicedListSize } from '@kizuna/subgraph';
import type { SuggestionService } from './suggestion.service';
import { DismissSuggestionInput, DismissSuggestionPayload, SuggestionType } from './suggestion.types';

@Resolver(() => SuggestionType)
export class SuggestionResolver {
  constructor(private readonly suggestions: SuggestionService) {}

  @Authorized()
  @Directive(cost(20))
  @Directive(slicedListSize())
  @Query(() => [SuggestionType], {
    description: 'Approved members of the network the viewer may know (same year, department, employer, skills or interests), most in common first.',
  })
  peopleYouMayKnow(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'At most 50.' }) first?: number | null,
  ): Promise<SuggestionType[]> {
    return this.suggestions.suggestions(viewer, first);
  }

  @Authorized()
  @Mutation(() => DismissSuggestionPayload, { description: 'Stops suggesting this member to the viewer.' })
  async dismissSuggestion(@Arg('input') input: DismissSuggestionInput, @CurrentViewer() viewer: Viewer): Promise<DismissSuggestionPayload> {
    const result = await this.suggestions.dismiss(viewer, input.memberId);
    return result.ok ? { dismissedMemberId: result.value, errors: [] } : { dismissedMemberId: null, errors: result.errors };
  }
}
