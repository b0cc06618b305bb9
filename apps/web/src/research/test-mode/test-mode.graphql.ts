import { graphql } from "../../gql";

export const TestResponsesQuery = graphql(`
  query TestResponses {
    testResponses {
      tries
      submitted
    }
  }
`);

export const StartTestResponseMutation = graphql(`
  mutation StartTestResponse($locale: Locale!) {
    startTestResponse(locale: $locale) {
      token
    }
  }
`);

export const DeleteTestResponsesMutation = graphql(`
  mutation DeleteTestResponses {
    deleteTestResponses {
      tries
      submitted
    }
  }
`);
