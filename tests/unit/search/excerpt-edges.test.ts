import { describe, expect, it } from 'vitest';
import { excerptEdges } from '../../../src/search/excerpt-edges.ts';

describe('excerptEdges', () => {
  it('marks an excerpt that starts and stops inside sentences', () => {
    expect(excerptEdges('statements that Japan must stop raising the issue a')).toEqual({ cutBefore: true, cutAfter: true });
    expect(excerptEdges('2002, when the leaders met')).toEqual({ cutBefore: true, cutAfter: true });
  });
  it('leaves whole sentences alone', () => {
    expect(excerptEdges('Kim Yo Jong said the North would reject any contact.')).toEqual({ cutBefore: false, cutAfter: false });
    expect(excerptEdges('“We will not,” she said.')).toEqual({ cutBefore: false, cutAfter: false });
    expect(excerptEdges('Officials said: “No talks.”')).toEqual({ cutBefore: false, cutAfter: false });
  });
  it('treats Korean and Japanese text as able to start a sentence', () => {
    expect(excerptEdges('岸田文雄 said so.').cutBefore).toBe(false);
    expect(excerptEdges('김정은 said so.').cutBefore).toBe(false);
  });
  it('has no edges for an empty excerpt', () => {
    expect(excerptEdges('  ')).toEqual({ cutBefore: false, cutAfter: false });
  });
});
