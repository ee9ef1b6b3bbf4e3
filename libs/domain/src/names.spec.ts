import { nameVariants } from './names';

describe('nameVariants (S2, S3)', () => {
  it.each([
    [
      'S3',
      'two names: order and case',
      'Sijia Chen',
      [
        'Sijia Chen',
        'Chen Sijia',
        'SIJIA CHEN',
        'CHEN SIJIA',
        'SijiaChen',
        'ChenSijia',
        'SIJIACHEN',
        'CHENSIJIA',
        'sijia chen',
        'chen sijia',
      ],
    ],
    [
      'S2',
      'middle names',
      'John Paul Smith',
      [
        'John Paul Smith',
        'Smith John Paul',
        'John Smith',
        'Smith John',
        'JOHN PAUL SMITH',
        'SMITH JOHN PAUL',
        'JOHN SMITH',
        'SMITH JOHN',
        'JohnPaulSmith',
        'SmithJohnPaul',
        'JohnSmith',
        'SmithJohn',
        'JOHNPAULSMITH',
        'SMITHJOHNPAUL',
        'JOHNSMITH',
        'SMITHJOHN',
        'john paul smith',
        'smith john paul',
        'john smith',
        'smith john',
      ],
    ],
    [
      'S2',
      'all caps as Bank of China stores it',
      'SIJIA CHEN',
      ['SIJIA CHEN', 'CHEN SIJIA', 'SIJIACHEN', 'CHENSIJIA', 'Sijia Chen', 'Chen Sijia', 'sijia chen', 'chen sijia'],
    ],
    ['S2', 'one word', 'Madonna', ['Madonna', 'MADONNA', 'madonna']],
    ['S2', 'Chinese name', '陈思佳', ['陈思佳']],
    ['S2', 'Chinese name with a space', '陈 思佳', ['陈 思佳', '陈思佳']],
    ['S2', 'empty', '   ', []],
  ])('%s %s', (_source, _label, name, expected) => {
    expect(nameVariants(name)).toEqual(expected);
  });

  it("S2 apostrophes (O'Neill) are dropped or spaced; the name as given comes first", () => {
    const variants = nameVariants("Mary O'Neill");
    expect(variants[0]).toBe("Mary O'Neill");
    expect(variants).toEqual(
      expect.arrayContaining([
        'Mary ONeill',
        'ONeill Mary',
        'MARY ONEILL',
        'Mary O Neill',
        'Neill Mary O',
        'MARY O NEILL',
      ]),
    );
  });

  it('S2 spaces are tidied, a middle dot separates, hyphens are kept', () => {
    expect(nameVariants('  anne-marie·dupont ').slice(0, 4)).toEqual([
      'anne-marie·dupont',
      'anne-marie dupont',
      'dupont anne-marie',
      'ANNE-MARIE DUPONT',
    ]);
    expect(nameVariants('anne-marie·dupont')).toContain('Anne-Marie Dupont');
  });

  it('W not a string gives nothing', () => {
    expect(nameVariants(undefined as unknown as string)).toEqual([]);
  });
});
