// Only the latest question's answer counts: older answers and failures are dropped.
import { describe, expect, it } from 'vitest';
import { Latest } from './latest';

/** A question answered when the test says so. */
function pending<T>() {
  let answer: (value: T) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { question: () => promise, answer, fail };
}

describe('Latest', () => {
  it('hands over the answer to the only question', async () => {
    const answers: string[] = [];
    await new Latest().ask(async () => 'a', (answer) => answers.push(answer), () => answers.push('failed'));
    expect(answers).toEqual(['a']);
  });

  it('drops the answer to an older question that comes back last', async () => {
    const latest = new Latest();
    const answers: string[] = [];
    const first = pending<string>();
    const older = latest.ask(first.question, (answer) => answers.push(answer), () => answers.push('failed'));
    await latest.ask(async () => 'second', (answer) => answers.push(answer), () => answers.push('failed'));
    first.answer('first');
    await older;
    expect(answers).toEqual(['second']);
  });

  it('drops the failure of an older question, and hands over the latest one', async () => {
    const latest = new Latest();
    const failures: unknown[] = [];
    const first = pending<string>();
    const older = latest.ask(first.question, () => undefined, (reason) => failures.push(reason));
    const newer = latest.ask(
      () => Promise.reject(new Error('newer')),
      () => undefined,
      (reason) => failures.push((reason as Error).message),
    );
    first.fail(new Error('older'));
    await Promise.all([older, newer]);
    expect(failures).toEqual(['newer']);
  });

  it('counts a question that throws before it is sent as failed', async () => {
    const failures: unknown[] = [];
    await new Latest().ask(
      () => {
        throw new Error('at once');
      },
      () => undefined,
      (reason) => failures.push((reason as Error).message),
    );
    expect(failures).toEqual(['at once']);
  });
});
