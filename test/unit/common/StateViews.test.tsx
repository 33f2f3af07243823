import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { EmptyView, ErrorView, LoadingView, NotConfiguredView } from '../../../src/common/StateViews';
import { ConcurrencyError } from '../../../src/services';
import { ValidationError } from '../../../src/domain/validation';
import { createFakeServices, httpError } from '../../support/fakeServices';
import { da } from '../webparts/aarshjul/helpers';

setIconOptions({ disableWarnings: true });

describe('ErrorView', () => {
  test.each([
    [httpError(403), da.ErrorForbidden],
    [httpError(404), da.ErrorNotFound],
    [new ConcurrencyError(4), da.ErrorConflict],
    [httpError(429), da.ErrorThrottled],
    [httpError(500, 'Microsoft.SharePoint.SPQueryThrottledException: exceeds the list view threshold'), da.ErrorThreshold],
    [new TypeError('Failed to fetch'), da.ErrorOffline],
    [new ValidationError({ title: { code: 'required' } }), da.ErrorValidation],
    [new Error('weird'), da.ErrorUnknown]
  ])('%s → its friendly message', async (error, message) => {
    render(<ErrorView error={error} strings={da} isEditMode={false} />);
    // MessageBar renders its text a tick later, so screen readers announce the alert.
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  test('details only in edit mode; retry calls back', async () => {
    const retry = jest.fn();
    const { unmount } = render(<ErrorView error={httpError(500, 'Server exploded')} strings={da} isEditMode={false} onRetry={retry} />);
    expect(await screen.findByText(da.ErrorUnknown)).toBeInTheDocument();
    expect(screen.queryByText(/Server exploded/)).not.toBeInTheDocument();
    unmount();
    render(<ErrorView error={httpError(500, 'Server exploded')} strings={da} isEditMode={true} onRetry={retry} />);
    expect(await screen.findByText('HTTP 500: Server exploded')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

test('LoadingView announces its label', () => {
  render(<LoadingView label="Henter …" />);
  expect(screen.getByRole('status')).toHaveTextContent('Henter …');
});

test('EmptyView offers its action only when given', () => {
  const onClick = jest.fn();
  const { rerender } = render(<EmptyView title="Tomt" message="Tilføj noget" action={{ text: 'Tilføj', onClick }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
  expect(onClick).toHaveBeenCalled();
  rerender(<EmptyView title="Tomt" message="Tilføj noget" />);
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

describe('NotConfiguredView', () => {
  test('an owner provisions and gets a report of what was done', async () => {
    const fake = createFakeServices();
    fake.backend.listsExist = false;
    const done = jest.fn();
    render(<NotConfiguredView provisioning={fake.services.provisioning} strings={da} missingLists={['Årshjul', 'Opgaver']}
      isEditMode={false} onProvisioned={done} />);
    // The view loads on demand (its own chunk); then it names what is missing.
    expect(await screen.findByText('Mangler: Årshjul, Opgaver.')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: da.ProvisionButton }));
    expect(await screen.findByText('Listerne er klar. Der blev lavet 2 ændringer:')).toBeInTheDocument();
    expect(screen.getByText('Oprettede listen »Opgaver«.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.ProvisionContinue }));
    expect(done).toHaveBeenCalledTimes(1);
  });

  test('a failed provisioning says why and can be retried', async () => {
    const fake = createFakeServices();
    fake.backend.failNext('provisioning.provision', httpError(403));
    render(<NotConfiguredView provisioning={fake.services.provisioning} strings={da} missingLists={[]} isEditMode={false} onProvisioned={jest.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: da.ProvisionButton }));
    expect(await screen.findByText(da.ProvisionFailed)).toBeInTheDocument();
    expect(screen.getByText(da.ErrorForbidden)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.Retry }));
    await waitFor(() => expect(fake.backend.callsOf('provisioning.provision')).toHaveLength(2));
  });

  test('someone who may not manage lists gets an explanation and no button', async () => {
    const fake = createFakeServices();
    fake.backend.canProvision = false;
    render(<NotConfiguredView provisioning={fake.services.provisioning} strings={da} missingLists={[]} isEditMode={false} onProvisioned={jest.fn()} />);
    expect(await screen.findByText(da.NotConfiguredReaderText)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
