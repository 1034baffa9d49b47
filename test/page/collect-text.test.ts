// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PAUSED, TextCursor, collectText, isInSkippedRegion, isSkippedElement } from '../../src/page/collect-text';

const texts = (root: Node, deep = false) => collectText(root, { deep }).texts.map((t) => t.data);

beforeEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('collectText', () => {
  it('returns visible text in document order', () => {
    document.body.innerHTML = '<h1>One</h1><p>Two <b>three</b> four</p><ul><li>five</li></ul>';
    expect(texts(document.body)).toEqual(['One', 'Two ', 'three', ' four', 'five']);
  });

  it.each([
    'script', 'style', 'noscript', 'textarea', 'select', 'code', 'pre', 'kbd', 'samp', 'object', 'template',
  ])('skips <%s>', (tag) => {
    const el = document.createElement(tag);
    el.textContent = 'hidden';
    document.body.append('before', el, 'after');
    expect(texts(document.body)).toEqual(['before', 'after']);
  });

  it('skips svg, math, our own <steppe-lens> host and the document head', () => {
    document.head.innerHTML = '<title>Title</title>';
    document.body.innerHTML =
      '<p>a</p><svg><text>svg</text></svg><math><mi>x</mi></math><steppe-lens>card</steppe-lens><select><option>o</option></select><p>b</p>';
    expect(texts(document)).toEqual(['a', 'b']);
  });

  it('steps out of a skipped subtree that closes several levels at once, and passes over comments', () => {
    document.body.innerHTML = '<div><section><p>a<!-- note --><code>x<b>y</b></code></p></section></div><p>b</p><div><pre>z</pre></div>';
    expect(texts(document.body)).toEqual(['a', 'b']);
  });

  it('skips hidden subtrees but keeps aria-hidden text (it is still on screen)', () => {
    document.body.innerHTML = '<div hidden><p>gone</p></div><div aria-hidden="true">kept</div>';
    expect(texts(document.body)).toEqual(['kept']);
  });

  it('skips editable regions, not contenteditable=false', () => {
    document.body.innerHTML =
      '<div contenteditable>a</div><div contenteditable="true">b</div><div contenteditable="plaintext-only">c</div>' +
      '<div contenteditable="false">d</div><div contenteditable="bogus">e</div>';
    expect(texts(document.body)).toEqual(['d', 'e']);
  });

  it('skips everything in designMode', () => {
    document.body.innerHTML = '<p>text</p>';
    document.designMode = 'on';
    expect(texts(document)).toEqual([]);
  });

  it('ignores comments and empty text nodes', () => {
    document.body.append(document.createComment('c'), document.createTextNode(''), 'x');
    expect(texts(document.body)).toEqual(['x']);
  });

  it('reports open shadow roots without entering them; deep mode collects their text', () => {
    document.body.innerHTML = '<p>light</p><div id="host">slotted</div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>in shadow</span><slot></slot>';
    const shallow = collectText(document.body);
    expect(shallow.texts.map((t) => t.data)).toEqual(['light', 'slotted']);
    expect(shallow.shadowRoots).toEqual([shadow]);
    expect(texts(document.body, true)).toEqual(['light', 'slotted', 'in shadow']);
  });

  it('does not report shadow roots under skipped hosts', () => {
    document.body.innerHTML = '<div hidden><div id="host"></div></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = 'x';
    expect(collectText(document.body).shadowRoots).toEqual([]);
  });

  it('walks DOM nested 20,000 deep without recursion', () => {
    // Detached: happy-dom itself recurses when connecting or removing a tree this deep.
    const root = document.createElement('main');
    let parent: Element = root;
    for (let i = 0; i < 20_000; i++) {
      const div = document.createElement('div');
      parent.append(div);
      parent = div;
    }
    parent.append('deepest Kazakhstan');
    root.append('after');
    expect(texts(root)).toEqual(['deepest Kazakhstan', 'after']);
  });

  it('resumes after pausing and yields the same sequence', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<div><span>${i}</span><i></i><b><u></u></b></div>`).join('');
    const expected = texts(document.body);
    const cursor = new TextCursor(document.body);
    const got: string[] = [];
    let pauses = 0;
    for (;;) {
      const t = cursor.next(3);
      if (t === null) break;
      if (t === PAUSED) pauses++;
      else got.push(t.data);
    }
    expect(got).toEqual(expected);
    expect(pauses).toBeGreaterThan(10);
    expect(cursor.done).toBe(true);
  });

  it('a root that is a text node yields itself', () => {
    const t = document.createTextNode('solo');
    document.body.append(t);
    expect(new TextCursor(t).next()).toBe(t);
  });
});

describe('skip checks', () => {
  it('isSkippedElement', () => {
    for (const tag of ['iframe', 'embed', 'frame', 'input']) expect(isSkippedElement(document.createElement(tag))).toBe(true);
    const p = document.createElement('p');
    expect(isSkippedElement(p)).toBe(false);
    p.hidden = true;
    expect(isSkippedElement(p)).toBe(true);
  });

  it('isInSkippedRegion looks through ancestors and shadow hosts', () => {
    document.body.innerHTML = '<div contenteditable><p><b id="b">x</b></p></div><div id="host"></div>';
    expect(isInSkippedRegion(document.getElementById('b')!.firstChild!)).toBe(true);
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<i>y</i>';
    const inner = shadow.firstChild!.firstChild!;
    expect(isInSkippedRegion(inner)).toBe(false);
    host.hidden = true;
    expect(isInSkippedRegion(inner)).toBe(true);
  });
});
