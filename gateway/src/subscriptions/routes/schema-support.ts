import { isObjectType, type GraphQLSchema } from 'graphql';

/** The API schema has `Query.<field>(id: …)`. */
export function hasIdQuery(apiSchema: GraphQLSchema, field: string): boolean {
  return !!apiSchema
    .getQueryType()
    ?.getFields()
    [field]?.args.some((arg) => arg.name === 'id');
}

/** Conversations can be loaded by id and say whether the viewer belongs (what messaging answers access with). */
export function conversationsReadable(apiSchema: GraphQLSchema): boolean {
  const conversation = apiSchema.getType('Conversation');
  return isObjectType(conversation) && hasIdQuery(apiSchema, 'conversation') && !!conversation.getFields().viewerIsMember;
}
