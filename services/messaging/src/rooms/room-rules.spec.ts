import { cleanRoomText, searchTerms } from './room-rules';

describe('room texts and discovery search', () => {
  it('trims names and tags, counts tags once whatever their case, and keeps what was not given', () => {
    expect(cleanRoomText({ name: '  機械工学科 2015 ', topicTags: ['OB会', 'ob会', ' 機械 '] })).toEqual({
      value: { name: '機械工学科 2015', topicTags: ['OB会', '機械'] },
      errors: [],
    });
    expect(cleanRoomText({ description: 'line one\nline two' })).toEqual({ value: { description: 'line one\nline two' }, errors: [] });
  });

  it('names the field of each problem', () => {
    const { errors } = cleanRoomText({ name: ' ', description: 'x'.repeat(1001), topicTags: Array.from({ length: 11 }, (_, i) => `tag${i}`) });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'topicTags'],
    ]);
    expect(cleanRoomText({ name: '名'.repeat(81) }).errors[0].field).toBe('name');
    expect(cleanRoomText({ name: '名'.repeat(80) }).errors).toEqual([]);
    expect(cleanRoomText({ topicTags: ['a'.repeat(31)] }).errors[0].field).toBe('topicTags');
    expect(cleanRoomText({ name: 'bell\u0007' }).errors[0].field).toBe('name');
  });

  it('splits a search into NFKC-normalised words that match literally', () => {
    expect(searchTerms('  機械　２０１５ ')).toEqual(['%機械%', '%2015%']);
    expect(searchTerms('100%_done')).toEqual(['%100\\%\\_done%']);
    expect(searchTerms('ｷｶｲ')).toEqual(['%キカイ%']);
    expect(searchTerms('')).toEqual([]);
  });
});
