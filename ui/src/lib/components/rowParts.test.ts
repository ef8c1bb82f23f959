// Shared pieces of forms and ordered lists: a field of a day and a time, and a row's move buttons.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { MoveDirection } from '../bindings/MoveDirection';
import DateTimeField from './DateTimeField.svelte';
import MoveButtons from './MoveButtons.svelte';

describe('DateTimeField', () => {
  const props = { label: 'Starts', field: 'startsAt', problems: {}, testid: 'thing-starts', secondLabel: 'Second', date: '', time: '' };

  it('labels the first input, the day, with the field and names the time for screen readers', () => {
    render(DateTimeField, { props: { ...props, id: 'thing-starts-date', first: 'date' } });
    const [first, second] = screen.getAllByTestId(/^thing-starts-/) as HTMLInputElement[];
    expect([first.dataset.testid, first.type, first.id]).toEqual(['thing-starts-date', 'date', 'thing-starts-date']);
    expect(screen.getByLabelText('Starts')).toBe(first);
    expect([second.dataset.testid, second.type, second.id]).toEqual(['thing-starts-time', 'time', '']);
    expect(second.getAttribute('aria-label')).toBe('Second');
    expect(first.hasAttribute('aria-label')).toBe(false);
  });

  it('puts the time first where the field asks for it', () => {
    render(DateTimeField, { props: { ...props, id: 'thing-ends-time', first: 'time', hint: 'Optional' } });
    const [first, second] = screen.getAllByTestId(/^thing-starts-/) as HTMLInputElement[];
    expect([first.type, first.id]).toEqual(['time', 'thing-ends-time']);
    expect([second.type, second.getAttribute('aria-label')]).toEqual(['date', 'Second']);
    expect(screen.getByText('Optional')).toBeTruthy();
  });

  it('marks both inputs invalid with the problem of the field, and takes what is typed', async () => {
    const problems = { startsAt: { code: 'required', args: {} } };
    render(DateTimeField, { props: { ...props, id: 'thing-starts-date', first: 'date', problems } });
    const inputs = screen.getAllByTestId(/^thing-starts-/) as HTMLInputElement[];
    expect(inputs.map((input) => input.getAttribute('aria-invalid'))).toEqual(['true', 'true']);
    await fireEvent.input(inputs[1], { target: { value: '10:30' } });
    expect(inputs[1].value).toBe('10:30');
  });
});

describe('MoveButtons', () => {
  it('moves the row up or down, each button off at its end of the list', async () => {
    const onmove = vi.fn<(direction: MoveDirection) => void>();
    const view = render(MoveButtons, {
      props: { testid: 'criterion', key: 2, labels: { up: 'Move 3 up', down: 'Move 3 down' }, first: true, last: false, onmove },
    });
    const up = screen.getByTestId('criterion-up-2') as HTMLButtonElement;
    const down = screen.getByTestId('criterion-down-2') as HTMLButtonElement;
    expect([up.getAttribute('aria-label'), up.title, up.disabled]).toEqual(['Move 3 up', 'Move up', true]);
    expect([down.getAttribute('aria-label'), down.title, down.disabled]).toEqual(['Move 3 down', 'Move down', false]);
    await fireEvent.click(down);
    expect(onmove).toHaveBeenLastCalledWith('down');
    await view.rerender({ first: false, last: true });
    expect([up.disabled, down.disabled]).toEqual([false, true]);
    await fireEvent.click(up);
    expect(onmove).toHaveBeenLastCalledWith('up');
  });
});
