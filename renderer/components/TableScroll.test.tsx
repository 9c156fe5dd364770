import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableScroll } from './TableScroll';

describe('TableScroll', () => {
  it('is a named region that keyboard users can reach, around its table', async () => {
    render(
      <>
        <button type="button">Before</button>
        <TableScroll label="Measures of CL-1">
          <table>
            <tbody>
              <tr>
                <td>Restore terraces</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </>,
    );
    const region = screen.getByRole('region', { name: 'Measures of CL-1' });
    expect(region.contains(screen.getByRole('table'))).toBe(true);
    expect(region.className).toBe('table-scroll');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(document.activeElement).toBe(region);
  });
});
