import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { MessageTemplateType } from '../templates/template.types';

export enum AutoReplyTrigger {
  REGISTERED = 'REGISTERED',
  APPROVED = 'APPROVED',
}
registerEnumType(AutoReplyTrigger, {
  name: 'AutoReplyTrigger',
  description: 'When an auto-reply is sent: at registration (also auto-approved ones) or at approval.',
});

@ObjectType('AutoReply', { description: 'A message the network sends each new member by itself, into their conversation with the network.' })
export class AutoReplyType {
  @Field(() => AutoReplyTrigger, { description: 'What sends it.' })
  trigger: AutoReplyTrigger;

  @Field({ description: 'Whether it is sent.' })
  enabled: boolean;

  @Field(() => MessageTemplateType, { nullable: true, description: 'The template rendered for each member.' })
  template: MessageTemplateType | null;

  @Field(() => Date, { nullable: true, description: 'When it was last changed; null if never set.' })
  updatedAt: Date | null;
}

@InputType()
export class SetAutoReplyInput {
  @Field(() => AutoReplyTrigger, { description: 'Which auto-reply.' })
  trigger: AutoReplyTrigger;

  @Field({ description: 'Send it from now on; enabling needs a template.' })
  enabled: boolean;

  @Field(() => ID, { nullable: true, description: 'A template of the network; null keeps none.' })
  templateId?: string | null;
}

@ObjectType()
export class AutoReplyPayload {
  @Field(() => AutoReplyType, { nullable: true, description: 'The auto-reply as saved; null on errors.' })
  autoReply: AutoReplyType | null;

  @Field(() => [UserError], { description: 'Why nothing was saved.' })
  errors: UserError[];
}
