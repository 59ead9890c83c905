import { printSubgraphSdl } from '@kizuna/subgraph';
import { subgraph } from '../schema';

describe('messaging subgraph', () => {
  it("extends Member with the unread message count and offers the viewer's own", async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Member @key\(fields: "id"\) \{\s+id: ID!\s+("""[\s\S]*?"""\s+)?unreadMessageCount: Int @cost\(weight: 5\)\s+\}/);
    expect(sdl).toMatch(/type Query \{[\s\S]*?\n\s+unreadMessageCount: Int! @cost\(weight: 5\)\n[\s\S]*?\n\}/);
  });

  it('owns conversations and messages as entities other subgraphs and the gateway can load by id', async () => {
    const sdl = await printSubgraphSdl(subgraph);
    expect(sdl).toMatch(/type Conversation @key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Message @key\(fields: "id"\)/);
    const history = sdl.match(/messages\(([^)]*)\): MessageConnection!/)?.[1] ?? '';
    expect(history.split(', ').sort()).toEqual(['after: ID', 'before: ID', 'first: Int', 'last: Int']);
  });
});
