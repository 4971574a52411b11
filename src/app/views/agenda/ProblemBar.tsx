import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ChangeProblem } from '../../hooks/describeChangeFailure';
import { agendaMessages } from '../../i18n/en-US/agenda';

/** A failed change that is not about one field: the service's or a rule's message, in a MessageBar. */
export function ProblemBar({ problem }: { readonly problem: ChangeProblem | undefined }) {
  if (!problem || problem.kind === 'field') return null;
  if (problem.kind === 'rule')
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{problem.message}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle>
        {problem.message}
        {problem.reference ? (
          <Text block size={200}>
            {agendaMessages.reference(problem.reference)}
          </Text>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
