import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';
import { POST_KINDS } from './post.entity';
import { RecruitmentPostKind } from './post.type';

describe('recruitment subgraph', () => {
  it("extends Member with the open post count and counts the network's open posts by kind", async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Member @key\(fields: "id"\) \{\s+id: ID!\s+("""[\s\S]*?"""\s+)?openRecruitmentPostCount: Int\s+\}/);
    expect(sdl).toContain('openRecruitmentPostCount(kind: RecruitmentPostKind): Int!');
  });

  it('offers exactly the kinds the database accepts', () => {
    expect(Object.values(RecruitmentPostKind).sort()).toEqual([...POST_KINDS].sort());
  });
});
