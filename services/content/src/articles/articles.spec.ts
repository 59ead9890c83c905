import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';

describe('content subgraph', () => {
  it('extends Member with the published article count (nullable: refused to applicants) and lists it among the queries', async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Member @key\(fields: "id"\) \{\s+id: ID!\s+("""[\s\S]*?"""\s+)?publishedArticleCount: Int\s+\}/);
    expect(sdl).toMatch(/type Query \{[^}]*publishedArticleCount: Int!/);
  });
});
