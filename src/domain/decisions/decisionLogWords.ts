// The words of the exported decision log (exportDecisionLog.ts), in the language of whoever exports it; the app's
// message catalogue (src/app/i18n, area `published`) supplies them. The cells are escaped for Markdown or CSV after
// the words are put in; the Markdown title gets the meeting's title already escaped.
export interface DecisionLogWords {
  /** The Markdown heading's text: "Decision log: Weekly sync". */
  readonly title: (meetingTitle: string) => string;
  readonly headers: {
    readonly date: string;
    readonly topic: string;
    readonly decision: string;
    readonly heldBy: string;
    readonly actionItems: string;
  };
  /** Before a finished action item: "[done]". */
  readonly done: string;
  readonly due: (date: string) => string;
}
