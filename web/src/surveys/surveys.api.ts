// GraphQL operations of surveys: a survey as the feed shows it, answering, and its live tallies.
import { graphql } from '../graphql';
import type { SurveyFieldsFragment, SurveyResultsFieldsFragment } from '../graphql/graphql';

export type Survey = SurveyFieldsFragment;
export type SurveyResults = SurveyResultsFieldsFragment;

graphql(`
  fragment SurveyResultsFields on SurveyResults {
    surveyId
    responseCount
    closed
    questions {
      questionId
      answerCount
      options {
        optionId
        count
      }
      scale {
        value
        count
      }
      mean
    }
  }
`);

graphql(`
  fragment SurveyFields on Survey {
    id
    title
    description
    anonymity
    resultsVisibility
    closesAt
    closed
    questions {
      id
      kind
      prompt
      required
      options {
        id
        label
      }
      scaleMin
      scaleMax
      lowLabel
      highLabel
    }
    viewerAnswer {
      answers {
        questionId
        optionIds
        value
        text
      }
    }
    results {
      ...SurveyResultsFields
    }
  }
`);

export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      survey {
        ...SurveyFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SurveyResultsChangedSubscription = graphql(`
  subscription SurveyResultsChanged($surveyId: ID!) {
    surveyResultsChanged(surveyId: $surveyId) {
      ...SurveyResultsFields
    }
  }
`);

export const SurveyQuery = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
      audience
      editable
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      survey {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($input: SurveyInput!) {
    closeSurvey(input: $input) {
      survey {
        ...SurveyFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteSurveyMutation = graphql(`
  mutation DeleteSurvey($input: SurveyInput!) {
    deleteSurvey(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);
