// Deleting one record after the user confirms: what the list (or the record's page) is told, in which order.
import { describe, expect, it } from 'vitest';
import type { IpcError } from './bindings/IpcError';
import { Deletion } from './deletion.svelte';
import { IpcFailure } from './ipc';

type Row = { id: string };

/** A deletion whose steps write down what happens, and whether it was busy when removing. */
function deletion(remove: (record: Row) => Promise<unknown>) {
  const steps: string[] = [];
  const made: Deletion<Row> = new Deletion<Row>({
    remove: (record) => {
      steps.push(`remove ${record.id} busy=${made.busy}`);
      return remove(record);
    },
    onfailure: (failure) => steps.push(`failure ${failure?.code ?? 'none'}`),
    reload: async () => {
      steps.push(`reload asking=${made.asking?.id ?? 'none'} busy=${made.busy}`);
    },
    ongone: () => steps.push('gone'),
  });
  return { made, steps };
}

describe('Deletion', () => {
  it('does nothing while no record is asked about', async () => {
    const { made, steps } = deletion(async () => null);
    await made.confirm();
    expect(steps).toEqual([]);
  });

  it('deletes the record, closes the dialog, reloads the list and then says it is gone', async () => {
    const { made, steps } = deletion(async () => null);
    made.asking = { id: 'r1' };
    await made.confirm();
    expect(steps).toEqual(['failure none', 'remove r1 busy=true', 'reload asking=none busy=false', 'gone']);
    expect(made.asking).toBeNull();
  });

  it("passes on the backend's refusal and reloads, without saying the record is gone", async () => {
    const refusal: IpcError = { code: 'still-referenced', message: '', fields: [] };
    const { made, steps } = deletion(() => Promise.reject(new IpcFailure(refusal)));
    made.asking = { id: 'r2' };
    await made.confirm();
    expect(steps).toEqual(['failure none', 'remove r2 busy=true', 'failure still-referenced', 'reload asking=none busy=false']);
    expect(made.busy).toBe(false);
  });

  it("deletes a record's page without a list to reload: it says the record is gone, or shows the refusal", async () => {
    const steps: string[] = [];
    let refuse = false;
    const page = new Deletion<Row>({
      remove: async (record) => {
        steps.push(`remove ${record.id}`);
        if (refuse) throw new IpcFailure({ code: 'still-referenced', message: '', fields: [] });
      },
      onfailure: (failure) => steps.push(`failure ${failure?.code ?? 'none'}`),
      ongone: () => steps.push('gone'),
    });
    page.asking = { id: 'r3' };
    await page.confirm();
    refuse = true;
    page.asking = { id: 'r4' };
    await page.confirm();
    expect(steps).toEqual(['failure none', 'remove r3', 'gone', 'failure none', 'remove r4', 'failure still-referenced']);
    expect(page.asking).toBeNull();
  });
});
