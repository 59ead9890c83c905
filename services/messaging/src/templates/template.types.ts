import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLine, PageInfo, UserError } from '@kizuna/subgraph';

@ObjectType('MessageTemplate', { description: 'A reusable message with variables, for bulk messages and auto-replies.' })
export class MessageTemplateType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique in the network, ignoring case.' })
  name: string;

  @Field({ description: 'The text with {{variables}}.' })
  body: string;

  @Field(() => [String], { description: 'The variables the body uses, each once, in order (e.g. name, profile.employer).' })
  variables: string[];

  @Field({ description: 'When the template was created.' })
  createdAt: Date;

  @Field({ description: 'When the template last changed.' })
  updatedAt: Date;
}

@ObjectType('TemplatePart', { description: 'A piece of a message body: plain text, or a variable each recipient gets filled in.' })
export class TemplatePartType {
  @Field(() => String, { nullable: true, description: 'Text as written; null for a variable.' })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'The variable, e.g. name, network, profile.employer, profile.custom.club; null for text.' })
  variable: string | null;

  @Field(() => String, { nullable: true, description: 'What a recipient without a value gets instead.' })
  fallback: string | null;
}

@ObjectType('MessageTemplateEdge')
export class MessageTemplateEdge {
  @Field({ description: 'Where this template is in the list.' })
  cursor: string;

  @Field(() => MessageTemplateType, { description: 'The template.' })
  node: MessageTemplateType;
}

@ObjectType('MessageTemplateConnection')
export class MessageTemplateConnection {
  @Field(() => [MessageTemplateEdge], { description: 'Templates by name.' })
  edges: MessageTemplateEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many templates the network has.' })
  totalCount: number;
}

@ObjectType('TemplatePreview', {
  description:
    'Variables: {{name}}, {{network}}, {{profile.<field>}} (standard field names as in directory\'s Profile, e.g. employer, department, entryYear) and {{profile.custom.<key>}}; a fallback after a pipe: {{profile.employer | "your company"}}. Unknown variable names are a VALIDATION error on save.',
})
export class TemplatePreviewType {
  @Field({ description: 'The text the recipient would get.' })
  text: string;

  @Field(() => [String], { description: 'Variables that were empty for this recipient (fallback or empty used).' })
  emptyVariables: string[];
}

@InputType()
export class CreateMessageTemplateInput {
  @Field({ description: '1 to 100 characters, unique in the network ignoring case.' })
  name: string;

  @MultiLine()
  @Field({ description: '1 to 5000 characters; variables in double braces.' })
  body: string;
}

@InputType()
export class UpdateMessageTemplateInput {
  @Field(() => ID, { description: 'The template to change.' })
  id: string;

  @Field({ description: '1 to 100 characters, unique in the network ignoring case.' })
  name: string;

  @MultiLine()
  @Field({ description: '1 to 5000 characters; variables in double braces.' })
  body: string;
}

@InputType()
export class DeleteMessageTemplateInput {
  @Field(() => ID, { description: 'The template to delete (auto-replies using it are switched off).' })
  id: string;
}

@ObjectType()
export class MessageTemplatePayload {
  @Field(() => MessageTemplateType, { nullable: true, description: 'The template as saved; null on errors.' })
  template: MessageTemplateType | null;

  @Field(() => [UserError], { description: 'Why nothing was saved.' })
  errors: UserError[];
}

@ObjectType()
export class DeleteMessageTemplatePayload {
  @Field(() => ID, { nullable: true, description: 'The deleted template; null on errors.' })
  deletedTemplateId: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted.' })
  errors: UserError[];
}
