import type { MentionRef } from '../../reader/mentions';
import { mentionKey } from '../../reader/mentions';
import { paragraphNodes, type TextPart } from '../../reader/segments';
import { underlineStyle } from './names';

interface Props {
  text: string;
  paragraph: number;
  mentions: readonly MentionRef[];
  /** Deep-link highlights, offsets into `text`. */
  ranges?: readonly (readonly [number, number])[];
  /** Key of the occurrence the stepper is on, when it is in this paragraph. */
  currentKey?: string;
}

/** A paragraph's text with its mentions (focusable, underlined as on pages) and highlights. */
export function ParagraphText({ text, paragraph, mentions, ranges, currentKey }: Props) {
  let at = 0;
  return (
    <>
      {paragraphNodes(text, mentions, ranges).map((node) => {
        const start = at;
        if (node.kind === 'text') {
          at += node.text.length;
          return node.marked ? <mark key={`h${start}`}>{node.text}</mark> : node.text;
        }
        at = node.end;
        const key = mentionKey(paragraph, node.start);
        const current = key === currentKey;
        return (
          <span
            key={key}
            class={current ? 'mention current' : 'mention'}
            data-entity={node.entity}
            data-key={key}
            role="button"
            aria-haspopup="dialog"
            aria-current={current ? 'true' : undefined}
            tabIndex={0}
            style={underlineStyle(node.entity)}
          >
            <Parts parts={node.parts} />
          </span>
        );
      })}
    </>
  );
}

function Parts({ parts }: { parts: TextPart[] }) {
  if (parts.length === 1 && !parts[0]!.marked) return <>{parts[0]!.text}</>;
  return <>{parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
