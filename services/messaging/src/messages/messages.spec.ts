import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';

describe('messaging subgraph', () => {
  it('extends Member with the unread message count and offers the viewer\'s own', async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Member @key\(fields: "id"\) \{\s+id: ID!\s+("""[\s\S]*?"""\s+)?unreadMessageCount: Int!\s+\}/);
    expect(sdl).toMatch(/type Query \{\s+("""[\s\S]*?"""\s+)?unreadMessageCount: Int!\s+\}/);
  });
});
