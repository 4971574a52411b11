import { Text } from '@fluentui/react-components';
import { noteBlocks } from '../../../domain/notes/noteBlocks';

/** Notes as plain text with simple lists; React escapes every string, so nothing typed is read as markup. */
export function NoteText({ text }: { readonly text: string }) {
  return (
    <div>
      {noteBlocks(text).map((b, i) =>
        b.kind === 'paragraph' ? (
          <Text as="p" block key={i} style={{ whiteSpace: 'pre-wrap', margin: '0 0 4px' }}>
            {b.lines.join('\n')}
          </Text>
        ) : b.kind === 'bullets' ? (
          <ul key={i} style={{ margin: '0 0 4px', paddingInlineStart: 20 }}>
            {b.items.map((t, j) => (
              <li key={j}>
                <Text>{t}</Text>
              </li>
            ))}
          </ul>
        ) : (
          <ol key={i} start={b.start} style={{ margin: '0 0 4px', paddingInlineStart: 20 }}>
            {b.items.map((t, j) => (
              <li key={j}>
                <Text>{t}</Text>
              </li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
