// A page with a list of records, a new record's dialog and one record's detail in place of the list.

/**
 * Which record of the list is open, whether a new record's dialog is open, and which row takes the
 * focus back when the user returns to the list. The methods are bound, to be passed as callbacks.
 */
export class ListDetail {
  /** The record whose detail shows instead of the list; null while the list shows. */
  openId = $state<string | null>(null);
  /** The new record's dialog is open. */
  creating = $state(false);
  /** The record last open, whose row takes the focus back in the list. */
  lastId = $state<string | null>(null);
  readonly #reload: () => Promise<unknown>;

  /** `reload` loads the list again after a record is created or deleted. */
  constructor(reload: () => Promise<unknown>) {
    this.#reload = reload;
  }

  /** Shows the record's detail. */
  open = (record: { id: string }): void => {
    this.openId = record.id;
  };

  /** The new record is saved: its detail shows, and the list loads again with it. */
  created = async (record: { id: string }): Promise<void> => {
    this.creating = false;
    this.openId = record.id;
    await this.#reload();
  };

  /** The open record is deleted: back to the list, loaded again without it. */
  deleted = async (): Promise<void> => {
    this.lastId = null;
    this.openId = null;
    await this.#reload();
  };

  /** Back to the list, with the focus on the row of the record that was open. */
  back = (): void => {
    this.lastId = this.openId;
    this.openId = null;
  };
}
