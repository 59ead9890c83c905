import { registerEnumType } from 'type-graphql';

/** What a recruitment post looks for. Values are the stored kinds. */
export enum RecruitmentPostKind {
  JOB = 'job',
  PROJECT = 'project',
  PARTNER = 'partner',
  MENTOR = 'mentor',
  SPEAKER = 'speaker',
  VOLUNTEER = 'volunteer',
}
registerEnumType(RecruitmentPostKind, {
  name: 'RecruitmentPostKind',
  description: 'What a recruitment post (募集) looks for.',
  valuesConfig: {
    JOB: { description: 'A job or re-hiring' },
    PROJECT: { description: 'A side project' },
    PARTNER: { description: 'A business partner' },
    MENTOR: { description: 'A mentor' },
    SPEAKER: { description: 'An event speaker' },
    VOLUNTEER: { description: 'Volunteers' },
  },
});
