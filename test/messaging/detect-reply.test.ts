import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/detect';
import { decodeDetectReply, encodeDetectReply } from '../../src/messaging/detect-reply';

describe('detect reply: mentions found in the background, back to the page', () => {
  const texts = ['Tokayev visited Kazakhstan’s partners in the SCO.', '', 'بكازاخستان و توكاييف', 'nothing here'];

  it('round-trips what the detector found, through JSON as extension messages travel', () => {
    const found = texts.map((t) => findMentions(t));
    expect(found.flat().length).toBeGreaterThanOrEqual(5);
    const reply = JSON.parse(JSON.stringify(encodeDetectReply(found))) as unknown;
    expect(decodeDetectReply(reply, texts)).toEqual(found);
  });

  it('names each entity once', () => {
    const reply = encodeDetectReply([findMentions('SCO, SCO and the SCO'), findMentions('SCO')]);
    expect(reply.entities).toEqual(['sco']);
    expect(reply.found).toEqual([[0, 0, 3, 0, 5, 8, 0, 17, 20], [0, 0, 3]]);
  });

  it.each([
    ['not an object', 'yes'],
    ['one list short', { entities: ['sco'], found: [[], [], []] }],
    ['an unknown entity index', { entities: ['sco'], found: [[1, 0, 3], [], [], []] }],
    ['an offset past the text', { entities: ['sco'], found: [[], [0, 0, 1], [], []] }],
    ['overlapping mentions', { entities: ['sco'], found: [[0, 0, 5, 0, 3, 7], [], [], []] }],
    ['an empty mention', { entities: ['sco'], found: [[0, 4, 4], [], [], []] }],
    ['a fractional offset', { entities: ['sco'], found: [[0, 0.5, 3], [], [], []] }],
    ['a ragged list', { entities: ['sco'], found: [[0, 0], [], [], []] }],
  ])('refuses a reply with %s', (_, reply) => {
    expect(decodeDetectReply(reply, texts)).toBeNull();
  });
});
