// Asking the backend again before it has answered: only the answer to the latest question counts.

/**
 * Questions of which only the latest one's answer counts. A search asks once a key, and the answers
 * may come back in another order: the answer (or the failure) of a question asked before the
 * latest one is dropped, so an older search never shows over a newer one.
 */
export class Latest {
  #asked = 0;

  /**
   * Asks `question`, then hands its answer to `onanswer` or the reason it failed to `onfailure`,
   * unless another question was asked meanwhile. Resolves once the answer is in, used or dropped.
   */
  async ask<T>(
    question: () => Promise<T>,
    onanswer: (answer: T) => void,
    onfailure: (reason: unknown) => void,
  ): Promise<void> {
    const ticket = ++this.#asked;
    try {
      const answer = await question();
      if (ticket === this.#asked) onanswer(answer);
    } catch (reason) {
      if (ticket === this.#asked) onfailure(reason);
    }
  }
}
